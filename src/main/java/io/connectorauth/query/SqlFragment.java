package io.connectorauth.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * SQL text with positional placeholders ({@code $1}, {@code $2}, ...) and the values bound to them, in placeholder
 * order, ready for a Vert.x {@code Tuple}.
 *
 * @param sql the SQL text
 * @param params the bound values; the list is an immutable copy and may contain nulls that the caller bound
 */
public record SqlFragment(String sql, List<Object> params) {

    /** Copies the parameter list so that later binds on the builder do not change this fragment. */
    public SqlFragment {
        Objects.requireNonNull(sql, "sql");
        params = Collections.unmodifiableList(new ArrayList<>(params));
    }
}
