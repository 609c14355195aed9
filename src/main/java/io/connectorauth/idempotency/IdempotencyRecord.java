package io.connectorauth.idempotency;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The stored first response of a create sent with an {@code Idempotency-Key}.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "user_id")
    public String userId;

    @Column(name = "idempotency_key")
    public String key;

    @Column(name = "request_hash")
    public byte[] requestHash;

    public int status;

    @Column(name = "resource_id")
    public UUID resourceId;

    /** The JSON body of the first response, with secrets masked as in every response. */
    @Column(name = "response_body")
    public String responseBody;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Override
    public String toString() {
        return "IdempotencyRecord[tenantId=" + tenantId + ", resourceId=" + resourceId + "]";
    }
}
