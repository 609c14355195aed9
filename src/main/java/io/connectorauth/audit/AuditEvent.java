package io.connectorauth.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One audit event, a link of its tenant's hash chain. It names changed or revealed fields, never their values.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    public UUID id;

    @Column(name = "tenant_id", updatable = false)
    public String tenantId;

    public long seq;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "actor_id")
    public String actorId;

    @Column(name = "token_id")
    public String tokenId;

    public String action;

    @Column(name = "target_id")
    public String targetId;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "source_address")
    public String sourceAddress;

    public String outcome;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> fields;

    public String detail;

    @Column(name = "prev_hash")
    public String prevHash;

    public String hash;

    @Override
    public String toString() {
        return "AuditEvent[id=" + id + ", tenantId=" + tenantId + ", seq=" + seq + ", action=" + action + "]";
    }
}
