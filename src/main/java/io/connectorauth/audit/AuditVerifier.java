package io.connectorauth.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Walks a tenant's audit chain in order and reports the first event whose position, previous hash or own hash does
 * not match: an edited event fails its own hash, and a deleted one leaves a gap in the positions.
 */
@ApplicationScoped
public class AuditVerifier {

    static final int PAGE_SIZE = 500;

    /** The running state of a walk: events checked so far and the last good link. */
    private record Progress(long checked, long lastSeq, String lastHash) {
    }

    /**
     * Verifies the whole chain of the tenant, one page of events per query.
     */
    public Uni<ChainVerification> verify(String tenantId) {
        return walk(tenantId, new Progress(0, 0, AuditChain.GENESIS))
                .invoke(result -> {
                    if (!result.valid()) {
                        Log.warnf("Audit chain of tenant %s is broken at event %d: %s", tenantId,
                                result.brokenSeq(), result.reason());
                    }
                });
    }

    private Uni<ChainVerification> walk(String tenantId, Progress progress) {
        return Panache.withSession(() -> Panache.getSession()
                .flatMap(session -> session.createQuery("FROM AuditEvent WHERE tenantId = ?1 AND seq > ?2 "
                        + "ORDER BY seq", AuditEvent.class)
                        .setParameter(1, tenantId)
                        .setParameter(2, progress.lastSeq())
                        .setMaxResults(PAGE_SIZE)
                        .getResultList()))
                .flatMap(page -> check(tenantId, page, progress));
    }

    private Uni<ChainVerification> check(String tenantId, List<AuditEvent> page, Progress progress) {
        Progress current = progress;
        for (AuditEvent event : page) {
            String reason = brokenLink(event, current);
            if (reason != null) {
                return Uni.createFrom()
                        .item(ChainVerification.broken(current.checked(), current.lastSeq(), current.lastHash(),
                                event, reason));
            }
            current = new Progress(current.checked() + 1, event.seq, event.hash);
        }
        if (page.size() < PAGE_SIZE) {
            return Uni.createFrom()
                    .item(ChainVerification.intact(current.checked(), current.lastSeq(), current.lastHash()));
        }
        return walk(tenantId, current);
    }

    private static String brokenLink(AuditEvent event, Progress previous) {
        if (event.seq != previous.lastSeq() + 1) {
            return "expected event " + (previous.lastSeq() + 1) + " but found " + event.seq
                    + "; events in between were deleted";
        }
        if (!previous.lastHash().equals(event.prevHash)) {
            return "previous hash does not match the hash of event " + previous.lastSeq();
        }
        if (!AuditChain.hash(event.prevHash, event).equals(event.hash)) {
            return "hash does not match the event's contents; the event was edited";
        }
        return null;
    }
}
