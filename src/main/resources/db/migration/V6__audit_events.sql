-- Audit trail: one hash chain per tenant. Each event's hash is SHA-256 over the previous event's hash and a
-- canonical encoding of the event, so an edited or deleted event breaks the chain at that point.

CREATE TABLE audit_event (
    id             uuid        PRIMARY KEY,
    tenant_id      text        NOT NULL,
    -- Position in the tenant's chain, from 1 without gaps.
    seq            bigint      NOT NULL CHECK (seq > 0),
    occurred_at    timestamptz NOT NULL,
    actor_id       text        NOT NULL,
    -- The jti of the actor's token, when it has one.
    token_id       text,
    action         text        NOT NULL,
    target_id      text,
    request_id     text,
    source_address text,
    outcome        text        NOT NULL CHECK (outcome IN ('success', 'denied', 'not_found', 'failed')),
    -- Names of the fields an action changed or revealed; never their values.
    fields         text[]      NOT NULL DEFAULT '{}',
    detail         text,
    prev_hash      text        NOT NULL,
    hash           text        NOT NULL,
    UNIQUE (tenant_id, seq)
);

CREATE INDEX audit_event_tenant_occurred_idx ON audit_event (tenant_id, occurred_at, id);
CREATE INDEX audit_event_tenant_target_idx ON audit_event (tenant_id, target_id);
CREATE INDEX audit_event_tenant_action_idx ON audit_event (tenant_id, action, occurred_at, id);
