package io.connectorauth.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;

import io.connectorauth.common.NativeSql;
import io.connectorauth.common.RequestIds;
import io.connectorauth.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Appends audit events to their tenant's hash chain in the caller's transaction, so an event exists exactly when
 * the change it records was committed.
 */
@ApplicationScoped
public class AuditLog {

    private final CurrentVertxRequest request;
    private final AuditConfig config;

    AuditLog(CurrentVertxRequest request, AuditConfig config) {
        this.request = request;
        this.config = config;
    }

    /**
     * Appends an event about the caller's own tenant. Needs an open transaction.
     */
    public Uni<Void> record(Caller caller, String action, Object targetId, AuditOutcome outcome,
            List<String> fields) {
        return record(caller.tenantId(), caller, action, targetId, outcome, fields, null);
    }

    /**
     * Appends an event to the chain of {@code tenantId}, which may differ from the caller's tenant for operator
     * actions. Concurrent writers of one tenant are serialized by a transaction-scoped advisory lock, held until
     * commit, so each event links to the one committed before it.
     */
    public Uni<Void> record(String tenantId, Caller caller, String action, Object targetId, AuditOutcome outcome,
            List<String> fields, String detail) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.tenantId = tenantId;
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        event.actorId = caller.userId();
        event.tokenId = caller.tokenId();
        event.action = action;
        event.targetId = targetId == null ? null : targetId.toString();
        event.requestId = RequestIds.current();
        event.sourceAddress = sourceAddress();
        event.outcome = outcome.value();
        event.fields = List.copyOf(fields);
        event.detail = detail;
        return NativeSql.rows("SELECT pg_advisory_xact_lock(hashtext(?1))::text", "audit:" + tenantId)
                .flatMap(locked -> NativeSql.rows("SELECT seq, hash FROM audit_event WHERE tenant_id = ?1 "
                        + "ORDER BY seq DESC LIMIT 1", tenantId))
                .invoke(rows -> link(event, rows))
                .flatMap(rows -> Panache.getSession())
                .flatMap(session -> session.persist(event)
                        .call(session::flush));
    }

    /**
     * Appends an event in a transaction of its own, for attempts that failed and so have none to join.
     */
    public Uni<Void> recordAlone(Caller caller, String action, Object targetId, AuditOutcome outcome) {
        return Panache.withTransaction(() -> record(caller, action, targetId, outcome, List.of()));
    }

    private static void link(AuditEvent event, List<Object[]> rows) {
        if (rows.isEmpty()) {
            event.seq = 1;
            event.prevHash = AuditChain.GENESIS;
        } else {
            event.seq = ((Number) rows.get(0)[0]).longValue() + 1;
            event.prevHash = (String) rows.get(0)[1];
        }
        event.hash = AuditChain.hash(event.prevHash, event);
    }

    private String sourceAddress() {
        RoutingContext context;
        try {
            context = request.getCurrent();
        } catch (ContextNotActiveException e) {
            return null;
        }
        if (context == null) {
            return null;
        }
        if (config.trustForwardedFor()) {
            String forwarded = context.request().getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
        }
        return context.request().remoteAddress() == null ? null : context.request().remoteAddress().hostAddress();
    }
}
