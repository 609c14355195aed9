package io.connectorauth.connector;

import java.util.List;
import java.util.Set;

import io.connectorauth.common.ListSpec;
import io.connectorauth.query.QueryField;
import io.connectorauth.query.QueryFields;
import io.connectorauth.query.SortKey;

/**
 * Filterable and sortable fields of the connector catalog.
 */
final class ConnectorQueries {

    static final QueryField ID = QueryField.uuid("id", "id", true);
    static final QueryField NAME = QueryField.text("name", "name", true);

    static final QueryFields FIELDS = QueryFields.of(
            ID,
            NAME,
            QueryField.text("slug", "slug", true),
            QueryField.enumeration("status", "status", true, Set.of("active", "draft", "paused")),
            QueryField.textArray("auth_types", "auth_types"),
            QueryField.textArray("tags", "tags"),
            QueryField.timestamp("created_at", "created_at", true),
            QueryField.timestamp("updated_at", "updated_at", true));

    static final String COLUMNS = "id, tenant_id, name, slug, description, status, auth_types, auth_schemas, "
            + "base_url, logo_url, tags, created_at, updated_at";

    static final ListSpec LIST = new ListSpec("connector", COLUMNS, FIELDS, List.of(SortKey.ascending(NAME)), ID);

    /** Global entries and the tenant's own. */
    static final String VISIBLE_TO_TENANT = "(tenant_id IS NULL OR tenant_id = $1)";

    private ConnectorQueries() {
    }
}
