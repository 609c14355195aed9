package io.connectorauth.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.vertx.mutiny.sqlclient.Row;

/**
 * One audit event as the API returns it.
 */
public record AuditEventView(UUID id, long seq, Instant occurredAt, String actorId, String tokenId, String action,
        String targetId, String requestId, String sourceAddress, String outcome, List<String> fields, String detail,
        String hash) {

    static AuditEventView of(Row row) {
        return new AuditEventView(
                row.getUUID("id"),
                row.getLong("seq"),
                row.getOffsetDateTime("occurred_at").toInstant(),
                row.getString("actor_id"),
                row.getString("token_id"),
                row.getString("action"),
                row.getString("target_id"),
                row.getString("request_id"),
                row.getString("source_address"),
                row.getString("outcome"),
                Arrays.asList(row.getArrayOfStrings("fields")),
                row.getString("detail"),
                row.getString("hash"));
    }
}
