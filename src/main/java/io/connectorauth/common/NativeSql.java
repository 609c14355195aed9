package io.connectorauth.common;

import java.util.List;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Runs SQL on the current Hibernate Reactive session, so that it joins the session's transaction. Parameters are
 * bound positionally as {@code ?1, ?2, ...} and must not be null.
 */
public final class NativeSql {

    private NativeSql() {
    }

    public static Uni<List<Object[]>> rows(String sql, Object... params) {
        return Panache.getSession()
                .flatMap(session -> bind(session.createNativeQuery(sql, Object[].class), params).getResultList());
    }

    public static Uni<Integer> update(String sql, Object... params) {
        return Panache.getSession()
                .flatMap(session -> bind(session.createNativeQuery(sql), params).executeUpdate());
    }

    private static <Q extends Mutiny.AbstractQuery> Q bind(Q query, Object[] params) {
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }
}
