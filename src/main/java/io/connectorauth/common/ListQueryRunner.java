package io.connectorauth.common;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.connectorauth.crypto.SecretCipher;
import io.connectorauth.query.CursorCodec;
import io.connectorauth.query.Filter;
import io.connectorauth.query.FilterParser;
import io.connectorauth.query.PageRequest;
import io.connectorauth.query.SortKey;
import io.connectorauth.query.SortParser;
import io.connectorauth.query.SqlBuilder;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Runs filtered, sorted and paged list queries on the reactive client. The caller supplies the scope condition
 * (for example the tenant), and every client value reaches PostgreSQL as a bound parameter.
 */
@ApplicationScoped
public class ListQueryRunner {

    private final Pool pool;
    private final CursorCodec cursors;

    ListQueryRunner(Pool pool, SecretCipher cipher) {
        this.pool = pool;
        this.cursors = new CursorCodec(cipher.derivedKey("list-cursor"));
    }

    /**
     * Returns one page of rows matching {@code scope} and the client's filters.
     *
     * @param scope a condition over {@code scopeParams} as {@code $1..$n}, such as {@code tenant_id = $1}
     */
    public Uni<PageResult<Row>> list(ListSpec spec, String scope, List<Object> scopeParams, ListParams params) {
        List<Filter> filters = FilterParser.parse(params.filter, spec.fields());
        List<SortKey> sort = SortParser.parse(params.sort, spec.fields(), spec.defaultSort(), spec.idField());
        PageRequest page = PageRequest.of(params.page, params.perPage, params.cursor, params.count);

        SqlBuilder sql = new SqlBuilder(scopeParams);
        String where = scope + " AND " + sql.where(filters);
        List<Object> countParams = sql.params();
        String pageWhere = where;
        if (page.hasCursor()) {
            pageWhere += " AND " + sql.after(sort, cursors.decode(page.cursor(), sort));
        }
        String select = "SELECT " + spec.columns() + " FROM " + spec.table() + " WHERE " + pageWhere + " "
                + sql.orderBy(sort) + " LIMIT " + (page.perPage() + 1) + " OFFSET " + page.offset();
        Uni<RowSet<Row>> rows = pool.preparedQuery(select).execute(Tuple.from(sql.params()));
        boolean numbered = params.page != null;
        return rows.flatMap(result -> toPage(result, spec, sort, page, numbered, where, countParams));
    }

    private Uni<PageResult<Row>> toPage(RowSet<Row> result, ListSpec spec, List<SortKey> sort, PageRequest page,
            boolean numbered, String where, List<Object> countParams) {
        List<Row> items = new ArrayList<>(page.perPage());
        for (Row row : result) {
            if (items.size() < page.perPage()) {
                items.add(row);
            }
        }
        boolean more = result.size() > page.perPage();
        String nextCursor = more ? cursors.encode(sort, sortValues(items.get(items.size() - 1), sort)) : null;
        Integer nextPage = more && numbered ? page.page() + 1 : null;
        if (!page.count()) {
            return Uni.createFrom().item(new PageResult<>(items, nextCursor, nextPage, null));
        }
        String count = "SELECT count(*) FROM " + spec.table() + " WHERE " + where;
        return pool.preparedQuery(count)
                .execute(Tuple.from(countParams))
                .map(counted -> counted.iterator().next().getLong(0))
                .map(total -> new PageResult<>(items, nextCursor, nextPage, total));
    }

    private static List<Object> sortValues(Row row, List<SortKey> sort) {
        List<Object> values = new ArrayList<>(sort.size());
        for (SortKey key : sort) {
            values.add(row.getValue(key.field().column()));
        }
        return values;
    }
}
