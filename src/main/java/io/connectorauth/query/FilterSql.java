package io.connectorauth.query;

import java.util.List;
import java.util.UUID;

/**
 * SQL for one filter. Columns appear bare, never inside a function, so that a B-tree index serves comparisons, a
 * pg_trgm GIN index serves ILIKE and a GIN index on an array column serves {@code &&} and {@code @>}.
 *
 * <p>
 * Null semantics: positive operators ({@code eq}, {@code lt}, {@code like}, {@code in}, {@code any}, ...) never match
 * a NULL column, as in SQL. The negations {@code ne}, {@code nin} and {@code nlike} do match a NULL column, so that a
 * filter and its negation together match every row; a client that wants to exclude NULLs adds {@code not_null}. For
 * text array fields, {@code is_null} matches NULL and empty arrays, and {@code not_null} matches arrays with at least
 * one element.
 */
final class FilterSql {

    private FilterSql() {
    }

    /** Renders the condition for {@code filter}, binding its values on {@code builder}. */
    static String render(SqlBuilder builder, Filter filter) {
        String column = filter.field().column();
        List<Object> values = filter.values();
        switch (filter.operator()) {
            case EQ :
                return column + " = " + builder.bind(values.get(0));
            case NE :
                return column + " IS DISTINCT FROM " + builder.bind(values.get(0));
            case LT :
                return column + " < " + builder.bind(values.get(0));
            case LE :
                return column + " <= " + builder.bind(values.get(0));
            case GT :
                return column + " > " + builder.bind(values.get(0));
            case GE :
                return column + " >= " + builder.bind(values.get(0));
            case LIKE :
            case ILIKE :
                return column + " ILIKE " + builder.bind(values.get(0));
            case NLIKE :
                return column + " IS NULL OR " + column + " NOT ILIKE " + builder.bind(values.get(0));
            default :
                return renderMultiValue(builder, filter, column, values);
        }
    }

    private static String renderMultiValue(SqlBuilder builder, Filter filter, String column, List<Object> values) {
        boolean array = filter.field().type() == FieldType.TEXT_ARRAY;
        switch (filter.operator()) {
            case IN :
                return column + " = ANY(" + builder.bind(toArray(filter.field(), values)) + ")";
            case NIN :
                return column + " IS NULL OR NOT (" + column + " = ANY(" + builder.bind(toArray(filter.field(), values))
                        + "))";
            case BT :
                return column + " BETWEEN " + builder.bind(values.get(0)) + " AND " + builder.bind(values.get(1));
            case IS_NULL :
                return array ? column + " IS NULL OR cardinality(" + column + ") = 0" : column + " IS NULL";
            case NOT_NULL :
                return array ? "cardinality(" + column + ") > 0" : column + " IS NOT NULL";
            case ANY :
                return column + " && " + builder.bind(toArray(filter.field(), values));
            case ALL :
                return column + " @> " + builder.bind(toArray(filter.field(), values));
            default :
                throw new IllegalStateException("unhandled operator " + filter.operator());
        }
    }

    /** Returns the values as {@code UUID[]} for uuid fields and {@code String[]} otherwise, as Vert.x binds arrays. */
    private static Object toArray(QueryField field, List<Object> values) {
        if (field.type() == FieldType.UUID) {
            return values.toArray(new UUID[0]);
        }
        return values.toArray(new String[0]);
    }
}
