package io.connectorauth.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.function.Executable;

/** Assertions for {@link QueryException}, one assert per reported attribute. */
final class QueryAssertions {

    private QueryAssertions() {
    }

    /** Asserts that {@code call} throws a QueryException with the given parameter, filter index and position. */
    static QueryException assertRejected(Executable call, String parameter, int filterIndex, int position) {
        QueryException error = assertThrows(QueryException.class, call);
        assertEquals(parameter, error.parameter(), "parameter");
        assertEquals(filterIndex, error.filterIndex(), "filter index");
        assertEquals(position, error.position(), "position");
        return error;
    }

    /** Asserts that parsing the single filter {@code raw} fails at {@code position} of filter 0. */
    static QueryException assertFilterRejected(String raw, int position) {
        return assertRejected(() -> FilterParser.parse(List.of(raw), TestFields.FIELDS), "filter", 0, position);
    }
}
