package io.connectorauth.common;

import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Classifies failures that arrive wrapped, for example by Hibernate Reactive or a {@code CompletionException}, by
 * looking through the whole cause chain.
 */
final class Failures {

    /**
     * SQLSTATE classes and codes of a database that is unreachable, shutting down or starting up: connection
     * exceptions (08), operator intervention (57P01 to 57P03) and too many connections (53300).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final int MAX_DEPTH = 16;

    private Failures() {
    }

    /**
     * Returns whether the failure means that the database cannot be reached now, so a retry later may succeed.
     */
    static boolean isDatabaseUnavailable(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof ConnectException || current instanceof ClosedConnectionException
                    || current instanceof ClosedChannelException) {
                return true;
            }
            if (current instanceof PgException pg && isUnavailableState(pg.getSqlState())) {
                return true;
            }
            if (current instanceof NoStackTraceThrowable && isPoolMessage(current.getMessage())) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    /**
     * Returns whether the failure is a lost optimistic-locking race: the row changed between read and write.
     */
    static boolean isStaleWrite(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof StaleStateException || current instanceof OptimisticLockException) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    /**
     * Returns whether an exception of the given type is in the failure's cause chain.
     */
    static boolean isCausedBy(Throwable failure, Class<? extends Throwable> type) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (type.isInstance(current)) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    private static boolean isUnavailableState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || UNAVAILABLE_STATES.contains(sqlState));
    }

    /** Matches the messages of the Vert.x pool and socket failures that carry no exception type of their own. */
    private static boolean isPoolMessage(String message) {
        return message != null && (message.contains("Connection refused") || message.contains("Timeout")
                || message.contains("Connection is not active") || message.contains("Connection was closed"));
    }
}
