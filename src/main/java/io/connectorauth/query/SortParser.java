package io.connectorauth.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Parser for the {@code sort} query parameter: comma-separated field names, each optionally prefixed by '-' for
 * descending order, such as {@code name,-created_at}.
 */
public final class SortParser {

    private final String raw;
    private final QueryFields fields;
    private final List<SortKey> keys = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    private SortParser(String raw, QueryFields fields) {
        this.raw = raw;
        this.fields = fields;
    }

    /**
     * Parses {@code sortParam} and appends the id as a tiebreaker, so that the order is total and keyset paging never
     * skips or repeats rows with equal sort values.
     *
     * @param sortParam the raw parameter; null or empty selects {@code defaultSort}
     * @param fields the resource's fields; only those marked sortable are accepted
     * @param defaultSort the order used without a {@code sort} parameter, possibly empty
     * @param idField the unique, sortable id field; unless the order already contains it, it is appended in the
     *        direction of the last key, so that an index on (key, id) serves the order in either direction
     * @return the sort keys, ending with the id key unless the client placed the id earlier
     * @throws QueryException for an unknown, unsortable, empty or repeated key, or more than
     *         {@link QueryLimits#MAX_SORT_KEYS} keys
     */
    public static List<SortKey> parse(String sortParam, QueryFields fields, List<SortKey> defaultSort,
            QueryField idField) {
        Objects.requireNonNull(idField, "idField");
        List<SortKey> keys = new ArrayList<>();
        if (sortParam == null || sortParam.isEmpty()) {
            keys.addAll(defaultSort == null ? List.of() : defaultSort);
        } else {
            keys.addAll(new SortParser(sortParam, fields).parseKeys());
        }
        boolean hasId = keys.stream().anyMatch(key -> key.field().name().equals(idField.name()));
        if (!hasId) {
            boolean descending = !keys.isEmpty() && keys.get(keys.size() - 1).descending();
            keys.add(new SortKey(idField, descending));
        }
        return List.copyOf(keys);
    }

    private List<SortKey> parseKeys() {
        if (raw.length() > QueryLimits.MAX_SORT_LENGTH) {
            throw error(-1, "sort is " + raw.length() + " characters long; the maximum is "
                    + QueryLimits.MAX_SORT_LENGTH);
        }
        int start = 0;
        while (start <= raw.length()) {
            int end = start;
            while (end < raw.length() && raw.charAt(end) != ',') {
                end++;
            }
            addKey(start, raw.substring(start, end));
            start = end + 1;
        }
        return keys;
    }

    private void addKey(int offset, String text) {
        if (keys.size() == QueryLimits.MAX_SORT_KEYS) {
            throw error(offset + 1, "too many sort keys; the maximum is " + QueryLimits.MAX_SORT_KEYS);
        }
        boolean descending = text.startsWith("-");
        String name = descending ? text.substring(1) : text;
        int namePosition = offset + (descending ? 2 : 1);
        if (name.isEmpty()) {
            throw error(namePosition, "missing field name; expected one of " + sortableList());
        }
        QueryField field = fields.find(name)
                .orElseThrow(() -> error(namePosition, "unknown sort field " + Excerpt.quote(name, 40)
                        + "; expected one of " + sortableList()));
        if (!field.sortable()) {
            throw error(namePosition, "field \"" + name + "\" is not sortable; expected one of " + sortableList());
        }
        if (!seen.add(name)) {
            throw error(namePosition, "duplicate sort field \"" + name + "\"");
        }
        keys.add(new SortKey(field, descending));
    }

    private String sortableList() {
        return String.join(", ", fields.sortableNames());
    }

    private QueryException error(int position, String detail) {
        return QueryException.parameter("sort", raw, position, detail);
    }
}
