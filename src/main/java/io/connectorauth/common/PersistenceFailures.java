package io.connectorauth.common;

import java.sql.SQLException;

import org.hibernate.JDBCException;

import io.vertx.pgclient.PgException;

/**
 * Recognises database failures that a client caused, anywhere in an exception's cause chain, so that they become a
 * 409 or a 400 instead of an internal error.
 */
final class PersistenceFailures {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String INVALID_BYTE_SEQUENCE = "22021";
    private static final String UNTRANSLATABLE_CHARACTER = "22P05";

    private PersistenceFailures() {
    }

    /**
     * Returns the API exception for a known database failure, or null when the failure is unexpected.
     */
    static ApiException classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String sqlState = sqlStateOf(cause);
            if (sqlState != null) {
                return classify(sqlState);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static String sqlStateOf(Throwable cause) {
        if (cause instanceof PgException pg) {
            return pg.getSqlState();
        }
        if (cause instanceof JDBCException jdbc) {
            return jdbc.getSQLState();
        }
        if (cause instanceof SQLException sql) {
            return sql.getSQLState();
        }
        return null;
    }

    private static ApiException classify(String sqlState) {
        if (UNIQUE_VIOLATION.equals(sqlState) || FOREIGN_KEY_VIOLATION.equals(sqlState)) {
            return new ApiException(ProblemKind.CONFLICT,
                    "The request conflicts with the current state of the resource; read it again and retry");
        }
        if (INVALID_BYTE_SEQUENCE.equals(sqlState) || UNTRANSLATABLE_CHARACTER.equals(sqlState)) {
            return new ApiException(ProblemKind.VALIDATION,
                    "The request contains a character that cannot be stored, such as U+0000");
        }
        return null;
    }
}
