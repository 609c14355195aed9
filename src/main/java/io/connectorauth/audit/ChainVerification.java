package io.connectorauth.audit;

import java.util.UUID;

/**
 * The result of checking a tenant's audit chain. An event deleted from the end of the chain leaves no broken link;
 * compare {@code lastSeq} and {@code lastHash} with a copy kept elsewhere to detect that.
 *
 * @param brokenSeq the position of the first event that does not link, or null when the chain is intact
 * @param brokenEventId the id of that event
 * @param reason why it does not link
 */
public record ChainVerification(boolean valid, long eventsChecked, long lastSeq, String lastHash, Long brokenSeq,
        UUID brokenEventId, String reason) {

    static ChainVerification intact(long checked, long lastSeq, String lastHash) {
        return new ChainVerification(true, checked, lastSeq, lastHash, null, null, null);
    }

    static ChainVerification broken(long checked, long lastSeq, String lastHash, AuditEvent event, String reason) {
        return new ChainVerification(false, checked, lastSeq, lastHash, event.seq, event.id, reason);
    }
}
