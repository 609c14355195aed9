package io.connectorauth.audit;

import java.util.List;
import java.util.Set;

import io.connectorauth.common.ListSpec;
import io.connectorauth.query.QueryField;
import io.connectorauth.query.QueryFields;
import io.connectorauth.query.SortKey;

/**
 * Filterable and sortable fields of audit events.
 */
final class AuditQueries {

    static final QueryField ID = QueryField.uuid("id", "id", true);
    static final QueryField OCCURRED_AT = QueryField.timestamp("occurred_at", "occurred_at", true);

    static final QueryFields FIELDS = QueryFields.of(
            ID,
            OCCURRED_AT,
            QueryField.text("action", "action", true),
            QueryField.text("target_id", "target_id", false),
            QueryField.text("actor_id", "actor_id", true),
            QueryField.enumeration("outcome", "outcome", true, Set.of("success", "denied", "not_found", "failed")));

    static final ListSpec LIST = new ListSpec("audit_event", "id, seq, occurred_at, actor_id, token_id, action, "
            + "target_id, request_id, source_address, outcome, fields, detail, hash", FIELDS,
            List.of(SortKey.ascending(OCCURRED_AT)), ID);

    private AuditQueries() {
    }
}
