-- The row read of GET /v1/connector-auths/{id}: every mapped column of one auth, by id within the tenant.
-- Variables: big_rows, tenant. md5('auth-' || g) is the id that bench/sql/dataset.sql gave auth g.
\set g random(1, :big_rows)
SELECT id, tenant_id, connector_id, name, auth_type, username, api_endpoint, user_input, tags, secret_fields,
       secrets, key_version, created_by, updated_by, created_at, updated_at, version, owner_id,
       read_company, read_users, read_teams, update_company, update_users, update_teams,
       delete_company, delete_users, delete_teams, manage_company, manage_users, manage_teams
FROM connector_auth
WHERE id = md5('auth-' || :g)::uuid AND tenant_id = :tenant;
