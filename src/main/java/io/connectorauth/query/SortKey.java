package io.connectorauth.query;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * One key of a sort order.
 *
 * @param field the sortable field
 * @param descending whether the key sorts from high to low
 */
public record SortKey(QueryField field, boolean descending) {

    /** Rejects fields that are not sortable, which keeps nullable columns out of keyset comparisons. */
    public SortKey {
        Objects.requireNonNull(field, "field");
        if (!field.sortable()) {
            throw new IllegalArgumentException("field " + field.name() + " is not sortable");
        }
    }

    /** Creates an ascending key. */
    public static SortKey ascending(QueryField field) {
        return new SortKey(field, false);
    }

    /** Creates a descending key. */
    public static SortKey descending(QueryField field) {
        return new SortKey(field, true);
    }

    /** Returns the key as written in the {@code sort} parameter: the field name, prefixed by '-' if descending. */
    public String token() {
        return descending ? "-" + field.name() : field.name();
    }

    /**
     * Returns the sort order as a {@code sort} parameter value, such as {@code name,-created_at,id}. A cursor is bound
     * to this text so that it cannot be reused with a different order.
     */
    public static String signature(List<SortKey> sort) {
        StringJoiner joiner = new StringJoiner(",");
        for (SortKey key : sort) {
            joiner.add(key.token());
        }
        return joiner.toString();
    }

    /**
     * Checks that {@code values} contains one non-null value of the field's Java type per key, as read from the last row
     * of a page.
     *
     * @throws IllegalArgumentException if the count or a type does not match
     */
    static void requireValues(List<SortKey> sort, List<Object> values) {
        if (values == null || values.size() != sort.size()) {
            throw new IllegalArgumentException("expected " + sort.size() + " sort values");
        }
        for (int i = 0; i < sort.size(); i++) {
            Class<?> expected = javaType(sort.get(i).field().type());
            if (!expected.isInstance(values.get(i))) {
                throw new IllegalArgumentException("sort value " + i + " for field " + sort.get(i).field().name()
                        + " must be a non-null " + expected.getSimpleName());
            }
        }
    }

    /** Returns the Java type bound for single values of a sortable field type. */
    static Class<?> javaType(FieldType type) {
        switch (type) {
            case UUID :
                return UUID.class;
            case TIMESTAMP :
                return OffsetDateTime.class;
            case TEXT :
            case ENUM :
                return String.class;
            default :
                throw new IllegalArgumentException(type + " fields are not sortable");
        }
    }
}
