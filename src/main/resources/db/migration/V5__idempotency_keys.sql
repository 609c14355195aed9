-- Responses of creates sent with an Idempotency-Key, kept so that a retry returns the first response. A key belongs
-- to one user of one tenant. The response body contains masked secrets only; request_hash is an HMAC-SHA256 of the
-- request, keyed from the master key, because the request itself contains secrets.
CREATE TABLE idempotency_key (
    id              uuid        PRIMARY KEY,
    tenant_id       text        NOT NULL,
    user_id         text        NOT NULL,
    idempotency_key text        NOT NULL,
    request_hash    bytea       NOT NULL,
    status          integer     NOT NULL,
    resource_id     uuid        NOT NULL,
    response_body   text        NOT NULL,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    CONSTRAINT idempotency_key_scope_key UNIQUE (tenant_id, user_id, idempotency_key)
);

CREATE INDEX idempotency_key_expires_at_idx ON idempotency_key (expires_at);
