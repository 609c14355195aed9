-- Per-object permissions. Each of read, update, delete and manage is granted to the whole company of the tenant,
-- to listed users and teams, or to nobody but the owner (all false and empty). Owners and account admins always
-- hold all four; that rule lives in the queries, not in these columns.

ALTER TABLE connector_auth
    ADD COLUMN owner_id       text,
    ADD COLUMN read_company   boolean NOT NULL DEFAULT false,
    ADD COLUMN read_users     text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN read_teams     text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN update_company boolean NOT NULL DEFAULT false,
    ADD COLUMN update_users   text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN update_teams   text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN delete_company boolean NOT NULL DEFAULT false,
    ADD COLUMN delete_users   text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN delete_teams   text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN manage_company boolean NOT NULL DEFAULT false,
    ADD COLUMN manage_users   text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN manage_teams   text[]  NOT NULL DEFAULT '{}';

-- Rows stored before permissions existed were visible to the whole tenant: keep them so.
UPDATE connector_auth
SET owner_id = created_by, read_company = true, update_company = true, delete_company = true;

ALTER TABLE connector_auth ALTER COLUMN owner_id SET NOT NULL;

CREATE INDEX connector_auth_tenant_owner_idx ON connector_auth (tenant_id, owner_id);
CREATE INDEX connector_auth_tenant_read_users_idx ON connector_auth USING gin (tenant_id, read_users);
CREATE INDEX connector_auth_tenant_read_teams_idx ON connector_auth USING gin (tenant_id, read_teams);
