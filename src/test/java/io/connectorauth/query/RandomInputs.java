package io.connectorauth.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;

/**
 * Seeded generators of random and hostile input for the property tests. A failing case prints its seed, and
 * {@code -Dquery.seed=N} reruns a test with that seed. {@code -Dquery.cases=N} changes the number of cases for a longer
 * local run.
 */
final class RandomInputs {

    /** SQL injection attempts, quoting edge cases and characters that PostgreSQL text cannot store. */
    static final List<String> HOSTILE = List.of("'; DROP TABLE x; --", "' OR '1'='1", "\") OR TRUE --", "$1", "$0",
            "/*", "*/", ";", "--", "\\", "\\\\", "\"", "\"\"", "\\\"", ",", ",,", "%", "_", "\\%", "\\_", "\u0000",
            "\uD800", "\uDC00", "\uD83D\uDD11", "\u2028", "\r\n", "\t", "\u00e9", "\u202e", "NULL", "TRUE", "E'\\x00'",
            "::text", "ANY", "&&", "@>", "eq", "in", "bt", "is_null", "name", "id", "password", "-", "+", "=",
            "2026-01-31", "2026-01-31T10:00:00Z", "123e4567-e89b-12d3-a456-426614174000", "oauth2", " ");

    private static final String ASCII = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
            + "abcdefghijklmnopqrstuvwxyz{|}~";

    private RandomInputs() {
    }

    /** Returns the seed from {@code -Dquery.seed}, or {@code defaultSeed}. */
    static long seed(long defaultSeed) {
        return Long.getLong("query.seed", defaultSeed);
    }

    /** Returns the number of cases from {@code -Dquery.cases}, or {@code defaultCases}. */
    static int cases(int defaultCases) {
        return Integer.getInteger("query.cases", defaultCases);
    }

    /** Returns a string of up to {@code maxLength} chars mixing ASCII, structure characters and odd code units. */
    static String string(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(unit(random));
        }
        return text.toString();
    }

    /** Returns a string of up to {@code maxLength} chars that contains no NUL and no unpaired surrogate. */
    static String validText(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            String unit = unit(random);
            if (unit.length() == 2 || !(unit.charAt(0) == 0 || Character.isSurrogate(unit.charAt(0)))) {
                text.append(unit);
            }
        }
        return text.toString();
    }

    /** Returns a random element of {@code choices}. */
    static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Returns {@code text} with a random character or hostile fragment inserted, removed or replaced. */
    static String mutate(Random random, String text) {
        int at = random.nextInt(text.length() + 1);
        String insert = random.nextBoolean() ? pick(random, HOSTILE) : unit(random);
        switch (random.nextInt(3)) {
            case 0 :
                return text.substring(0, at) + insert + text.substring(at);
            case 1 :
                return at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
            default :
                return at < text.length() ? text.substring(0, at) + insert + text.substring(at + 1) : text + insert;
        }
    }

    /** Quotes {@code value} in the filter syntax, escaping '"' and '\'. */
    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * Runs {@code call} and fails unless it returns normally or throws a {@link QueryException} with a message that is
     * short and free of class names and raw control characters.
     *
     * @return whether the call returned normally
     */
    static boolean runAllowingQueryException(Runnable call, String description) {
        try {
            call.run();
            return true;
        } catch (QueryException e) {
            String message = e.getMessage();
            assertTrue(message.length() < 1_000, () -> "message too long for " + description);
            assertFalse(message.contains("Exception") || message.contains("java."), () -> description + message);
            assertFalse(message.chars().anyMatch(c -> c < 0x20 || c == 0x7f), () -> description + message);
            return false;
        } catch (RuntimeException e) {
            return fail(description + " threw " + e, e);
        }
    }

    /** Returns {@code text} with non-printable chars escaped, for failure messages. */
    static String describe(String text) {
        return Excerpt.quote(text, 200);
    }

    private static String unit(Random random) {
        int kind = random.nextInt(20);
        if (kind < 10) {
            return String.valueOf(ASCII.charAt(random.nextInt(ASCII.length())));
        }
        if (kind < 14) {
            return String.valueOf(",\"\\%_-".charAt(random.nextInt(6)));
        }
        if (kind == 14) {
            return String.valueOf((char) random.nextInt(0x20));
        }
        if (kind == 15) {
            return String.valueOf((char) (0xD800 + random.nextInt(0x800)));
        }
        if (kind == 16) {
            return new String(Character.toChars(0x10000 + random.nextInt(0x100000)));
        }
        return String.valueOf((char) (0xA0 + random.nextInt(0xD800 - 0xA0)));
    }
}
