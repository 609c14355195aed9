package io.connectorauth.query;

import java.util.Optional;

/**
 * Filter operator. The token is the lowercase name that appears in the {@code filter} parameter, and the arity is the
 * number of values that follow it.
 */
public enum Operator {
    EQ("eq", Arity.ONE), NE("ne", Arity.ONE), LT("lt", Arity.ONE), LE("le", Arity.ONE), GT("gt", Arity.ONE), GE("ge",
            Arity.ONE),
    /** Case-insensitive pattern match, the same as {@link #ILIKE}. */
    LIKE("like", Arity.ONE), ILIKE("ilike", Arity.ONE), NLIKE("nlike", Arity.ONE), IN("in", Arity.LIST), NIN("nin",
            Arity.LIST),
    /** Inclusive range: both bounds match. */
    BT("bt", Arity.TWO), IS_NULL("is_null", Arity.NONE), NOT_NULL("not_null", Arity.NONE),
    /** Array field contains at least one of the values. */
    ANY("any", Arity.LIST),
    /** Array field contains every value. */
    ALL("all", Arity.LIST);

    /** Number of values an operator takes. */
    public enum Arity {
        NONE(0, 0, "no value"), ONE(1, 1, "one value"), TWO(2, 2, "two values"), LIST(1, QueryLimits.MAX_LIST_VALUES,
                "1 to " + QueryLimits.MAX_LIST_VALUES + " values");

        private final int min;
        private final int max;
        private final String description;

        Arity(int min, int max, String description) {
            this.min = min;
            this.max = max;
            this.description = description;
        }

        /** Returns the minimum number of values. */
        public int min() {
            return min;
        }

        /** Returns the maximum number of values. */
        public int max() {
            return max;
        }

        /** Returns the allowed count in words, such as "two values", for error messages. */
        public String description() {
            return description;
        }
    }

    private final String token;
    private final Arity arity;

    Operator(String token, Arity arity) {
        this.token = token;
        this.arity = arity;
    }

    /** Returns the operator's name as written in the {@code filter} parameter, for example {@code not_null}. */
    public String token() {
        return token;
    }

    /** Returns how many values the operator takes. */
    public Arity arity() {
        return arity;
    }

    /**
     * Finds the operator written as {@code token}. The match is case-sensitive, so {@code EQ} is unknown, as the
     * documentation states.
     */
    public static Optional<Operator> fromToken(String token) {
        for (Operator operator : values()) {
            if (operator.token.equals(token)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }
}
