-- The page query of GET /v1/connector-auths?filter=name,like,"%term%"&per_page=50 for a caller who is not an
-- account admin, as ListSql renders it: the readable condition, the filter, the default sort, one extra row.
-- Variables: tenant, user, teams (a text[] literal such as {team-1}), pattern (such as %globex%).
-- It runs in a transaction that plans it for its parameter values, as ListQueryRunner does.
BEGIN;
SET LOCAL plan_cache_mode = force_custom_plan;
SELECT id, connector_id, name, auth_type, username, api_endpoint, user_input, tags, secret_fields, created_by,
       updated_by, created_at, updated_at, version, owner_id, read_company, read_users, read_teams,
       update_company, update_users, update_teams, delete_company, delete_users, delete_teams,
       manage_company, manage_users, manage_teams
FROM connector_auth
WHERE tenant_id = :tenant
  AND (owner_id = :user OR read_company OR read_users @> ARRAY[:user]::text[] OR read_teams && :teams::text[])
  AND (name ILIKE :pattern)
ORDER BY created_at ASC, id ASC
LIMIT 51 OFFSET 0;
COMMIT;
