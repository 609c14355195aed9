package io.connectorauth.query;

import java.util.List;
import java.util.Objects;

/**
 * One parsed filter condition. The values are already typed for the field: {@link java.util.UUID} for uuid fields,
 * {@link java.time.OffsetDateTime} for timestamps and {@link String} for text, enum and text array fields.
 *
 * @param field the allow-listed field
 * @param operator the operator, which applies to the field's type
 * @param values the operands, as many as the operator's arity requires (none for {@code is_null})
 */
public record Filter(QueryField field, Operator operator, List<Object> values) {

    /** Copies the values into an immutable list, which also rejects null values. */
    public Filter {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(operator, "operator");
        values = List.copyOf(values);
    }
}
