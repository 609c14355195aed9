-- Envelope encryption: each tenant's secrets are encrypted under its own data key (DEK), a Tink AES-256-GCM
-- keyset stored here wrapped by a key encryption key (KEK) from configuration.

CREATE TABLE tenant_data_key (
    tenant_id    text        NOT NULL,
    version      integer     NOT NULL CHECK (version > 0),
    -- The KEK that wraps wrapped_key; both are NULL once the key is destroyed.
    kek_version  integer,
    wrapped_key  bytea,
    -- primary: encrypts new secrets; active: decrypts older rows only; destroyed: crypto-shredded.
    state        text        NOT NULL CHECK (state IN ('primary', 'active', 'destroyed')),
    created_at   timestamptz NOT NULL,
    destroyed_at timestamptz,
    PRIMARY KEY (tenant_id, version),
    CHECK ((state = 'destroyed') = (wrapped_key IS NULL)),
    CHECK ((wrapped_key IS NULL) = (kek_version IS NULL))
);

CREATE UNIQUE INDEX tenant_data_key_one_primary_idx ON tenant_data_key (tenant_id) WHERE state = 'primary';
CREATE INDEX tenant_data_key_kek_version_idx ON tenant_data_key (kek_version) WHERE wrapped_key IS NOT NULL;

-- key_version now names the KEK of a row encrypted directly under a KEK, as all rows were before this migration;
-- dek_version names the tenant data key of every row written since. A row with secrets has exactly one of them.
ALTER TABLE connector_auth ADD COLUMN dek_version integer;
ALTER TABLE connector_auth DROP CONSTRAINT connector_auth_check;
ALTER TABLE connector_auth ADD CONSTRAINT connector_auth_secret_key_check CHECK (
    (secrets IS NULL AND key_version IS NULL AND dek_version IS NULL)
    OR (secrets IS NOT NULL AND (key_version IS NULL) <> (dek_version IS NULL)));

CREATE INDEX connector_auth_tenant_dek_version_idx ON connector_auth (tenant_id, dek_version)
    WHERE secrets IS NOT NULL;
