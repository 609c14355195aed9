package io.connectorauth.query;

import java.util.Set;

/** Field definitions of a connector-like resource, shared by the query tests. */
final class TestFields {

    static final QueryField ID = QueryField.uuid("id", "id", true);
    static final QueryField OWNER_ID = QueryField.uuid("owner_id", "c.owner_id", false);
    static final QueryField NAME = QueryField.text("name", "name", true);
    static final QueryField DESCRIPTION = QueryField.text("description", "description", false);
    static final QueryField AUTH_TYPE = QueryField.enumeration("auth_type", "auth_type", true,
            Set.of("api_key", "basic_auth", "oauth2"));
    static final QueryField CREATED_AT = QueryField.timestamp("created_at", "created_at", true);
    static final QueryField EXPIRES_AT = QueryField.timestamp("expires_at", "expires_at", false);
    static final QueryField TAGS = QueryField.textArray("tags", "tags");

    static final QueryFields FIELDS = QueryFields.of(ID, OWNER_ID, NAME, DESCRIPTION, AUTH_TYPE, CREATED_AT,
            EXPIRES_AT, TAGS);

    private TestFields() {
    }
}
