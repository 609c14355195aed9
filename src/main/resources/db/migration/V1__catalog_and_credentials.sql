-- Connector catalog and stored credentials.
-- Every tenant-owned row carries tenant_id, and every index used by request paths leads with it.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE connector (
    id           uuid PRIMARY KEY,
    -- NULL for the global catalog, which every tenant can read; a tenant id for a tenant's private connector.
    tenant_id    text,
    name         text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    slug         text        NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
    description  text,
    status       text        NOT NULL CHECK (status IN ('active', 'draft', 'paused')),
    auth_types   text[]      NOT NULL,
    -- Per auth type: the credential fields, which of them are required or secret, and value patterns.
    auth_schemas jsonb       NOT NULL,
    base_url     text,
    logo_url     text,
    tags         text[]      NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX connector_global_slug_key ON connector (slug) WHERE tenant_id IS NULL;
CREATE UNIQUE INDEX connector_tenant_slug_key ON connector (tenant_id, slug) WHERE tenant_id IS NOT NULL;
CREATE INDEX connector_name_trgm_idx ON connector USING gin (name gin_trgm_ops);
CREATE INDEX connector_tags_idx ON connector USING gin (tags);
CREATE INDEX connector_auth_types_idx ON connector USING gin (auth_types);

CREATE TABLE connector_auth (
    id            uuid PRIMARY KEY,
    tenant_id     text        NOT NULL,
    connector_id  uuid        NOT NULL REFERENCES connector (id),
    name          text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    auth_type     text        NOT NULL,
    username      text,
    -- The endpoint URL with any password removed from its user info; the password lives in secrets.
    api_endpoint  text,
    -- Non-secret user_input entries; secret entries live in secrets.
    user_input    jsonb       NOT NULL DEFAULT '{}',
    tags          text[]      NOT NULL DEFAULT '{}',
    -- Names of the secret fields that hold a value, so responses can mask them without decrypting.
    secret_fields text[]      NOT NULL DEFAULT '{}',
    -- AES-256-GCM: 12-byte nonce followed by ciphertext and tag; NULL when no secret is set.
    secrets       bytea,
    key_version   integer,
    created_by    text        NOT NULL,
    updated_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL,
    CHECK ((secrets IS NULL) = (key_version IS NULL))
);

CREATE INDEX connector_auth_tenant_created_idx ON connector_auth (tenant_id, created_at, id);
CREATE INDEX connector_auth_tenant_name_idx ON connector_auth (tenant_id, name, id);
CREATE INDEX connector_auth_tenant_connector_idx ON connector_auth (tenant_id, connector_id);
CREATE INDEX connector_auth_tenant_auth_type_idx ON connector_auth (tenant_id, auth_type);
CREATE INDEX connector_auth_name_trgm_idx ON connector_auth USING gin (name gin_trgm_ops);
CREATE INDEX connector_auth_tags_idx ON connector_auth USING gin (tags);
CREATE INDEX connector_auth_connector_idx ON connector_auth (connector_id);
