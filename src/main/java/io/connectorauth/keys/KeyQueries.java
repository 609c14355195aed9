package io.connectorauth.keys;

import java.util.List;

/**
 * SQL shared by the key jobs, and a reader for native count queries, whose single column Hibernate returns either
 * bare or in an array.
 */
final class KeyQueries {

    /** Credential rows of tenant {@code ?1} not yet encrypted under its primary data key. */
    static final String TENANT_ROWS_ON_OLD_KEY = "FROM connector_auth a WHERE a.tenant_id = ?1 "
            + "AND a.secrets IS NOT NULL AND a.dek_version IS DISTINCT FROM (SELECT k.version FROM tenant_data_key k "
            + "WHERE k.tenant_id = a.tenant_id AND k.state = 'primary')";

    private KeyQueries() {
    }

    static long count(List<?> rows) {
        Object row = rows.get(0);
        Object value = row instanceof Object[] columns ? columns[0] : row;
        return ((Number) value).longValue();
    }
}
