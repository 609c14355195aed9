package io.connectorauth.common;

import java.util.List;

import io.connectorauth.query.Filter;
import io.connectorauth.query.FilterParser;
import io.connectorauth.query.PageRequest;
import io.connectorauth.query.SortKey;
import io.connectorauth.query.SortParser;
import io.connectorauth.query.SqlBuilder;
import io.connectorauth.query.SqlFragment;

/**
 * The SQL of one list request: the page query and the matching count query, rendered from validated parameters.
 *
 * @param sort the sort keys including the id tiebreaker, in the order of the SELECT's ORDER BY
 * @param numbered whether the client pages by number, which decides the kind of next-page link
 */
public record ListSql(SqlFragment page, SqlFragment count, List<SortKey> sort, PageRequest pageRequest,
        boolean numbered) {

    /**
     * Parses the client's parameters and renders both queries.
     *
     * @param scope a condition over {@code scopeParams} as {@code $1..$n}, such as {@code tenant_id = $1}
     * @param cursors decodes the client's cursor into the last row's sort values
     * @throws io.connectorauth.query.QueryException when a parameter is invalid
     */
    public static ListSql render(ListSpec spec, String scope, List<Object> scopeParams, ListParams params,
            CursorDecoder cursors) {
        List<Filter> filters = FilterParser.parse(params.filter, spec.fields());
        List<SortKey> sort = SortParser.parse(params.sort, spec.fields(), spec.defaultSort(), spec.idField());
        PageRequest page = PageRequest.of(params.page, params.perPage, params.cursor, params.count);

        SqlBuilder sql = new SqlBuilder(scopeParams);
        String where = scope + " AND " + sql.where(filters);
        SqlFragment count = sql.fragment("SELECT count(*) FROM " + spec.table() + " WHERE " + where);
        String pageWhere = where;
        if (page.hasCursor()) {
            pageWhere += " AND " + sql.after(sort, cursors.decode(page.cursor(), sort));
        }
        String select = "SELECT " + spec.columns() + " FROM " + spec.table() + " WHERE " + pageWhere + " "
                + sql.orderBy(sort) + " LIMIT " + (page.perPage() + 1) + " OFFSET " + page.offset();
        return new ListSql(sql.fragment(select), count, sort, page, params.page != null);
    }

    /**
     * Turns a client's cursor into the sort values of the last row it saw.
     */
    @FunctionalInterface
    public interface CursorDecoder {
        List<Object> decode(String cursor, List<SortKey> sort);
    }
}
