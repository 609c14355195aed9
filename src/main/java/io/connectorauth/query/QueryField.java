package io.connectorauth.query;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A field that clients may filter or sort on, mapped to the SQL column that stores it. Column names reach the SQL text
 * verbatim, so they come only from these definitions and are checked against a strict identifier pattern here.
 *
 * @param name the field name used in the {@code filter} and {@code sort} parameters, lowercase
 * @param column the SQL column, optionally qualified by a table alias ({@code c.name})
 * @param type the value type
 * @param enumValues the allowed values of an {@link FieldType#ENUM} field, empty for other types
 * @param sortable whether the field may appear in {@code sort}; only NOT NULL columns may be sortable, because keyset
 *        paging compares sort values with {@code <} and {@code >}, which never match NULL
 */
public record QueryField(String name, String column, FieldType type, Set<String> enumValues, boolean sortable) {

    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern COLUMN = Pattern.compile("([a-z_][a-z0-9_]{0,62}\\.)?[a-z_][a-z0-9_]{0,62}");
    private static final Pattern ENUM_VALUE = Pattern.compile("[a-z0-9_]{1,63}");

    /**
     * Validates the definition so that a typo in a resource's field list fails at startup rather than producing
     * broken SQL.
     *
     * @throws IllegalArgumentException if the name, column or enum values are malformed, or a text array is sortable
     */
    public QueryField {
        requireMatch(FIELD_NAME, Objects.requireNonNull(name, "name"), "field name");
        requireMatch(COLUMN, Objects.requireNonNull(column, "column"), "column");
        Objects.requireNonNull(type, "type");
        enumValues = copyEnumValues(type, enumValues == null ? Set.of() : enumValues);
        if (sortable && type == FieldType.TEXT_ARRAY) {
            throw new IllegalArgumentException("text array field " + name + " cannot be sortable");
        }
    }

    /** Creates a {@link FieldType#UUID} field. */
    public static QueryField uuid(String name, String column, boolean sortable) {
        return new QueryField(name, column, FieldType.UUID, Set.of(), sortable);
    }

    /** Creates a {@link FieldType#TEXT} field. */
    public static QueryField text(String name, String column, boolean sortable) {
        return new QueryField(name, column, FieldType.TEXT, Set.of(), sortable);
    }

    /** Creates a {@link FieldType#TIMESTAMP} field. */
    public static QueryField timestamp(String name, String column, boolean sortable) {
        return new QueryField(name, column, FieldType.TIMESTAMP, Set.of(), sortable);
    }

    /** Creates an {@link FieldType#ENUM} field that accepts only {@code values}. */
    public static QueryField enumeration(String name, String column, boolean sortable, Set<String> values) {
        return new QueryField(name, column, FieldType.ENUM, values, sortable);
    }

    /** Creates a {@link FieldType#TEXT_ARRAY} field, which is never sortable. */
    public static QueryField textArray(String name, String column) {
        return new QueryField(name, column, FieldType.TEXT_ARRAY, Set.of(), false);
    }

    private static SortedSet<String> copyEnumValues(FieldType type, Set<String> values) {
        if (type != FieldType.ENUM && !values.isEmpty()) {
            throw new IllegalArgumentException("only enum fields have enum values");
        }
        if (type == FieldType.ENUM && values.isEmpty()) {
            throw new IllegalArgumentException("an enum field needs at least one value");
        }
        SortedSet<String> copy = new TreeSet<>();
        for (String value : values) {
            requireMatch(ENUM_VALUE, Objects.requireNonNull(value, "enum value"), "enum value");
            copy.add(value);
        }
        return Collections.unmodifiableSortedSet(copy);
    }

    private static void requireMatch(Pattern pattern, String value, String description) {
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid " + description + " \"" + value + "\"; expected " + pattern);
        }
    }
}
