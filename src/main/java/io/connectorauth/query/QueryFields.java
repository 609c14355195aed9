package io.connectorauth.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The allow-list of fields of one resource. A name that is not listed here cannot be filtered or sorted on, which is
 * how secret columns stay out of reach: they are simply never listed.
 */
public final class QueryFields {

    private final Map<String, QueryField> byName;

    private QueryFields(Map<String, QueryField> byName) {
        this.byName = byName;
    }

    /**
     * Creates an allow-list that keeps the fields in the given order, which is the order error messages list them in.
     *
     * @throws IllegalArgumentException if two fields share a name
     */
    public static QueryFields of(QueryField... fields) {
        Map<String, QueryField> byName = new LinkedHashMap<>();
        for (QueryField field : fields) {
            if (byName.putIfAbsent(field.name(), field) != null) {
                throw new IllegalArgumentException("duplicate field " + field.name());
            }
        }
        return new QueryFields(Collections.unmodifiableMap(byName));
    }

    /** Finds a field by its exact, case-sensitive name; a null name finds nothing. */
    public Optional<QueryField> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** Returns the field names in declaration order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** Returns the names of the sortable fields in declaration order. */
    public List<String> sortableNames() {
        List<String> names = new ArrayList<>();
        for (QueryField field : byName.values()) {
            if (field.sortable()) {
                names.add(field.name());
            }
        }
        return Collections.unmodifiableList(names);
    }
}
