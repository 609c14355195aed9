package io.connectorauth.connectorauth;

import java.util.List;
import java.util.Set;

import io.connectorauth.common.ListSpec;
import io.connectorauth.query.QueryField;
import io.connectorauth.query.QueryFields;
import io.connectorauth.query.SortKey;

/**
 * Filterable and sortable fields of connector auths. Secret fields are absent on purpose: a filter on them would
 * reveal their values one guess at a time.
 */
final class ConnectorAuthQueries {

    static final Set<String> AUTH_TYPES = Set.of("username_password", "basic_auth", "api_key", "oauth2");

    static final QueryField ID = QueryField.uuid("id", "id", true);
    static final QueryField CREATED_AT = QueryField.timestamp("created_at", "created_at", true);

    static final QueryFields FIELDS = QueryFields.of(
            ID,
            QueryField.text("name", "name", true),
            QueryField.uuid("connector_id", "connector_id", false),
            QueryField.enumeration("auth_type", "auth_type", true, AUTH_TYPES),
            QueryField.textArray("tags", "tags"),
            QueryField.text("username", "username", false),
            QueryField.text("created_by", "created_by", true),
            CREATED_AT,
            QueryField.timestamp("updated_at", "updated_at", true));

    static final String COLUMNS = "id, connector_id, name, auth_type, username, api_endpoint, user_input, tags, "
            + "secret_fields, created_by, updated_by, created_at, updated_at, version, owner_id, "
            + "read_company, read_users, read_teams, update_company, update_users, update_teams, "
            + "delete_company, delete_users, delete_teams, manage_company, manage_users, manage_teams";

    static final ListSpec LIST = new ListSpec("connector_auth", COLUMNS, FIELDS,
            List.of(SortKey.ascending(CREATED_AT)), ID);

    private ConnectorAuthQueries() {
    }
}
