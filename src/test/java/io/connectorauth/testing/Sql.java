package io.connectorauth.testing;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Runs SQL on the service's pool from a test, as the application's database role.
 */
public final class Sql {

    private Sql() {
    }

    public static List<Row> query(Pool pool, String sql, Object... params) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery(sql)
                .execute(Tuple.from(List.of(params)))
                .await()
                .indefinitely()
                .forEach(rows::add);
        return rows;
    }

    public static void execute(Pool pool, String sql, Object... params) {
        pool.preparedQuery(sql)
                .execute(Tuple.from(List.of(params)))
                .await()
                .indefinitely();
    }
}
