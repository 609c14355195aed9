package io.connectorauth.query;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Value type of a filterable field. The type decides how a filter value is parsed, which Java type is bound as the SQL
 * parameter and which operators apply.
 */
public enum FieldType {
    /** A {@code uuid} column, bound as {@link java.util.UUID}. */
    UUID("uuid", EnumSet.of(Operator.EQ, Operator.NE, Operator.IN, Operator.NIN, Operator.IS_NULL,
            Operator.NOT_NULL)),
    /** A {@code text} or {@code varchar} column, bound as {@link String}. */
    TEXT("text", EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT, Operator.GE,
            Operator.LIKE, Operator.ILIKE, Operator.NLIKE, Operator.IN, Operator.NIN, Operator.IS_NULL,
            Operator.NOT_NULL)),
    /** A {@code timestamptz} column, bound as {@link java.time.OffsetDateTime}. */
    TIMESTAMP("timestamp", EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT, Operator.GE,
            Operator.BT, Operator.IS_NULL, Operator.NOT_NULL)),
    /** A text column restricted to a fixed set of lowercase values, bound as {@link String}. */
    ENUM("enum", EnumSet.of(Operator.EQ, Operator.NE, Operator.IN, Operator.NIN, Operator.IS_NULL,
            Operator.NOT_NULL)),
    /** A {@code text[]} column, bound as {@code String[]}. */
    TEXT_ARRAY("text array", EnumSet.of(Operator.ANY, Operator.ALL, Operator.IS_NULL, Operator.NOT_NULL));

    private final String label;
    private final Set<Operator> operators;

    FieldType(String label, Set<Operator> operators) {
        this.label = label;
        this.operators = Collections.unmodifiableSet(operators);
    }

    /**
     * Returns the operators that apply to fields of this type, in declaration order, so error messages list them in a
     * stable order.
     */
    public Set<Operator> operators() {
        return operators;
    }

    /** Returns the operator tokens joined by ", ", such as "eq, ne, in", for error messages. */
    public String operatorList() {
        StringJoiner tokens = new StringJoiner(", ");
        for (Operator operator : operators) {
            tokens.add(operator.token());
        }
        return tokens.toString();
    }

    /** Returns whether {@code operator} applies to fields of this type. */
    public boolean supports(Operator operator) {
        return operators.contains(operator);
    }

    /** Returns the lowercase name used for this type in error messages and the documentation. */
    public String label() {
        return label;
    }
}
