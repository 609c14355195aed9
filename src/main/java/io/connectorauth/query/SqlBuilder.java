package io.connectorauth.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;

/**
 * Renders PostgreSQL fragments for filters, sort orders and keyset conditions, with every value bound as a positional
 * parameter. Column names come only from {@link QueryField} definitions, whose constructor allows plain identifiers
 * only, so no client input ever becomes SQL text.
 *
 * <p>
 * The builder accumulates the parameters: start it with the parameters of conditions the caller writes itself (for
 * example {@code tenant_id = $1}), then render fragments, then pass {@link #params()} to the query. An instance is
 * used by one thread for one query.
 */
public final class SqlBuilder {

    private final List<Object> params;

    /**
     * Creates a builder whose next placeholder follows the given parameters.
     *
     * @param initialParams parameters the caller has already bound as {@code $1..$n}; null means none
     */
    public SqlBuilder(List<Object> initialParams) {
        this.params = new ArrayList<>(initialParams == null ? List.of() : initialParams);
    }

    /** Adds {@code value} to the parameters and returns its placeholder, such as {@code $3}. */
    public String bind(Object value) {
        params.add(value);
        return "$" + params.size();
    }

    /** Returns an immutable copy of the parameters bound so far, in placeholder order. */
    public List<Object> params() {
        return Collections.unmodifiableList(new ArrayList<>(params));
    }

    /** Returns {@code sql} with a copy of the parameters bound so far. */
    public SqlFragment fragment(String sql) {
        return new SqlFragment(sql, params);
    }

    /**
     * Renders the filters as one condition, each filter in parentheses, joined with AND. The negations {@code ne},
     * {@code nin} and {@code nlike} also match NULL, and {@code is_null} on a text array also matches an empty array.
     *
     * @return the condition without the WHERE keyword, or {@code TRUE} when there are no filters, so that the result
     *         can always follow {@code AND}
     */
    public String where(List<Filter> filters) {
        if (filters == null || filters.isEmpty()) {
            return "TRUE";
        }
        StringJoiner condition = new StringJoiner(" AND ");
        for (Filter filter : filters) {
            condition.add("(" + FilterSql.render(this, filter) + ")");
        }
        return condition.toString();
    }

    /**
     * Renders the ORDER BY clause, such as {@code ORDER BY name ASC, id ASC}. Sortable columns are NOT NULL, so no
     * NULLS FIRST or LAST is needed.
     *
     * @throws IllegalArgumentException if {@code sort} is empty
     */
    public String orderBy(List<SortKey> sort) {
        if (sort == null || sort.isEmpty()) {
            throw new IllegalArgumentException("sort must contain at least the id key");
        }
        StringJoiner keys = new StringJoiner(", ", "ORDER BY ", "");
        for (SortKey key : sort) {
            keys.add(key.field().column() + (key.descending() ? " DESC" : " ASC"));
        }
        return keys.toString();
    }

    /**
     * Renders the keyset condition that selects the rows after {@code lastRowValues} in the {@code sort} order, which
     * must end with a unique key such as the id.
     *
     * @param lastRowValues the sort values of the last row of the previous page, as decoded from the cursor
     * @return a condition without the WHERE keyword that can follow {@code AND}
     * @throws IllegalArgumentException if the values do not match the keys
     */
    public String after(List<SortKey> sort, List<Object> lastRowValues) {
        SortKey.requireValues(sort, lastRowValues);
        List<String> placeholders = new ArrayList<>(sort.size());
        for (Object value : lastRowValues) {
            placeholders.add(bind(value));
        }
        return KeysetSql.render(sort, placeholders);
    }
}
