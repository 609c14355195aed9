package io.connectorauth.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Converts filter value text to the Java type that is bound for the field: {@link UUID}, {@link OffsetDateTime} or
 * {@link String}.
 */
final class ValueConverter {

    private static final String TIMESTAMP_FORMATS = "expected ISO-8601 with an offset, such as 2026-01-31T10:00:00Z,"
            + " or a date, such as 2026-01-31";

    private ValueConverter() {
    }

    /**
     * Converts {@code text} for {@code field} and {@code operator}.
     *
     * @throws InvalidValueException with a client-facing reason if the text is not a valid value
     */
    static Object convert(QueryField field, Operator operator, String text) {
        switch (field.type()) {
            case UUID :
                return parseUuid(field, text);
            case TIMESTAMP :
                return parseTimestamp(field, text);
            case ENUM :
                return checkEnum(field, text);
            default :
                return isPattern(operator) ? checkPattern(field, text) : text;
        }
    }

    private static boolean isPattern(Operator operator) {
        return operator == Operator.LIKE || operator == Operator.ILIKE || operator == Operator.NLIKE;
    }

    /**
     * Parses the canonical 8-4-4-4-12 form only, because {@link UUID#fromString} also accepts short groups such as
     * {@code 1-2-3-4-5}.
     */
    private static UUID parseUuid(QueryField field, String text) {
        boolean valid = text.length() == 36;
        for (int i = 0; valid && i < text.length(); i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            valid = dash ? c == '-' : c < 128 && Character.digit(c, 16) >= 0;
        }
        if (!valid) {
            throw invalid("uuid", field, text, "expected 8-4-4-4-12 hexadecimal digits, such as "
                    + "123e4567-e89b-12d3-a456-426614174000");
        }
        return UUID.fromString(text);
    }

    private static OffsetDateTime parseTimestamp(QueryField field, String text) {
        OffsetDateTime timestamp;
        try {
            boolean dateOnly = text.indexOf('T') < 0 && text.indexOf('t') < 0;
            timestamp = dateOnly
                    ? LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException e) {
            throw invalid("timestamp", field, text, TIMESTAMP_FORMATS);
        }
        if (timestamp.getYear() < 1 || timestamp.getYear() > 9999) {
            throw invalid("timestamp", field, text, "expected a year from 0001 to 9999");
        }
        if (timestamp.getNano() % 1_000 != 0) {
            throw invalid("timestamp", field, text, "expected at most 6 fractional digits, the microsecond "
                    + "precision of PostgreSQL");
        }
        return timestamp;
    }

    private static String checkEnum(QueryField field, String text) {
        if (!field.enumValues().contains(text)) {
            throw invalid("value", field, text, "expected one of " + String.join(", ", field.enumValues()));
        }
        return text;
    }

    /**
     * Rejects a pattern that ends in an odd number of backslashes. PostgreSQL 15 raises "LIKE pattern must not end
     * with escape character" only when matching reaches that backslash, so such a pattern would fail for some rows only.
     */
    private static String checkPattern(QueryField field, String text) {
        int trailing = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            trailing++;
        }
        if (trailing % 2 != 0) {
            throw invalid("pattern", field, text, "a pattern cannot end with an unescaped backslash; use \\\\ in "
                    + "the pattern to match a backslash");
        }
        return text;
    }

    private static InvalidValueException invalid(String kind, QueryField field, String text, String expected) {
        return new InvalidValueException(
                "invalid " + kind + " " + Excerpt.quote(text, 40) + " for field \"" + field.name() + "\"; " + expected);
    }

    /** Rejection of one value, which the parser turns into a {@link QueryException} with the value's position. */
    static final class InvalidValueException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidValueException(String message) {
            super(message, null, false, false);
        }
    }
}
