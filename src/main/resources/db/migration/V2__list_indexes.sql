-- Indexes for filtered and sorted lists within one tenant. btree_gin lets a GIN index lead with the tenant
-- column, so a substring search or a tag match on a large tenant reads only that tenant's index entries.

CREATE EXTENSION IF NOT EXISTS btree_gin;

DROP INDEX connector_auth_name_trgm_idx;
DROP INDEX connector_auth_tags_idx;
DROP INDEX connector_auth_tenant_auth_type_idx;

CREATE INDEX connector_auth_tenant_name_trgm_idx ON connector_auth USING gin (tenant_id, name gin_trgm_ops);
CREATE INDEX connector_auth_tenant_tags_idx ON connector_auth USING gin (tenant_id, tags);
CREATE INDEX connector_auth_tenant_auth_type_idx ON connector_auth (tenant_id, auth_type, created_at, id);
CREATE INDEX connector_auth_tenant_updated_idx ON connector_auth (tenant_id, updated_at, id);

CREATE INDEX connector_tenant_name_idx ON connector (tenant_id, name, id);
