-- The database work of PUT /v1/connector-auths/{id}: read the row, then write the changed fields with a new
-- ciphertext and the next version, in one transaction.
-- Variables: big_rows, tenant, user, secret_bytes.
\set g random(1, :big_rows)
BEGIN;
SELECT id, tenant_id, connector_id, name, auth_type, username, api_endpoint, user_input, tags, secret_fields,
       secrets, key_version, created_by, updated_by, created_at, updated_at, version, owner_id,
       read_company, read_users, read_teams, update_company, update_users, update_teams,
       delete_company, delete_users, delete_teams, manage_company, manage_users, manage_teams
FROM connector_auth
WHERE id = md5('auth-' || :g)::uuid AND tenant_id = :tenant;
UPDATE connector_auth
SET name = 'Acme SFTP upload ' || :g, tags = ARRAY['Customer XYZ'], secret_fields = ARRAY['api_endpoint', 'password'],
    secrets = decode(repeat('5a', :secret_bytes), 'hex'), key_version = 1,
    updated_by = :user, updated_at = now(), version = version + 1
WHERE id = md5('auth-' || :g)::uuid AND tenant_id = :tenant;
END;
