package io.connectorauth.connectorauth;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.connectorauth.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads one connector auth with a single prepared query on the reactive pool, with the read permission checked in
 * the same SQL as lists check it. A read decrypts nothing, so it needs no Hibernate session, which was the largest
 * share of the time spent on GET by id.
 */
@ApplicationScoped
class ConnectorAuthReader {

    private final Pool pool;

    ConnectorAuthReader(Pool pool) {
        this.pool = pool;
    }

    /**
     * Returns the auth, or null when it does not exist, belongs to another tenant or is not readable by the caller.
     */
    Uni<ConnectorAuthView> findReadable(Caller caller, UUID id) {
        List<Object> params = new ArrayList<>(AccessPolicy.readableParams(caller));
        params.add(id);
        String sql = "SELECT " + ConnectorAuthQueries.COLUMNS + " FROM connector_auth WHERE id = $" + params.size()
                + " AND " + AccessPolicy.readableCondition(caller);
        return pool.preparedQuery(sql)
                .execute(Tuple.from(params))
                .map(ConnectorAuthReader::firstView);
    }

    private static ConnectorAuthView firstView(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return null;
        }
        return ConnectorAuthViews.of(rows.iterator().next());
    }
}
