package io.connectorauth.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;

/**
 * Checks that an error body shows nothing of the service's internals: no stack trace, no Java class name, no SQL.
 */
public final class ProblemBodies {

    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");
    private static final Pattern EXCEPTION_CLASS = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]\\w+(Exception|Error)");
    private static final Pattern SQL = Pattern.compile(
            "(?i)\\b(select\\s+[\\w*,\\s]+\\s+from|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from)\\b"
                    + "|\\bconnector_auth\\b|SQLSTATE|\\$\\d");

    private ProblemBodies() {
    }

    public static void assertNoInternals(String body) {
        assertFalse(STACK_FRAME.matcher(body).find(), () -> "stack trace in " + body);
        assertFalse(EXCEPTION_CLASS.matcher(body).find(), () -> "exception class name in " + body);
        assertFalse(SQL.matcher(body).find(), () -> "SQL text in " + body);
    }
}
