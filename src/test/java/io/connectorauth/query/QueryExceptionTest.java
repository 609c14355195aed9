package io.connectorauth.query;

import static io.connectorauth.query.QueryAssertions.assertFilterRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryExceptionTest {

    @Test
    void messageTruncatesLongInput() {
        String raw = "name,eq," + "x".repeat(200) + "\"";
        QueryException error = assertFilterRejected(raw, 209);
        String echoed = "\"name,eq," + "x".repeat(Excerpt.MAX_LENGTH - 8) + "...\"";
        assertTrue(error.getMessage().startsWith("filter 0 (" + echoed + "), position 209: "), error.getMessage());
    }

    @Test
    void messageEscapesControlCharacters() {
        QueryException error = assertFilterRejected("na\nme,eq,x", 1);
        assertTrue(error.getMessage().contains("(\"na\\u000ame,eq,x\")"), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), error.getMessage());
    }

    @Test
    void messageEscapesLineSeparator() {
        QueryException error = assertFilterRejected("a\u2028b,eq,x", 1);
        assertFalse(error.getMessage().contains("\u2028"), error.getMessage());
    }

    @Test
    void messageEscapesNul() {
        QueryException error = assertFilterRejected("name,eq,\u0000", 9);
        assertTrue(error.getMessage().contains("name,eq,\\u0000"), error.getMessage());
    }

    @Test
    void messageEscapesUnpairedSurrogate() {
        QueryException error = assertFilterRejected("name,eq,\uDC00", 9);
        assertTrue(error.getMessage().contains("name,eq,\\udc00"), error.getMessage());
    }

    @Test
    void excerptKeepsSurrogatePairWhole() {
        String text = "x".repeat(Excerpt.MAX_LENGTH - 1) + "\uD83D\uDD11";
        assertEquals("\"" + "x".repeat(Excerpt.MAX_LENGTH - 1) + "...\"", Excerpt.quote(text));
    }

    @Test
    void excerptEscapesQuotesAndBackslashes() {
        assertEquals("\"a\\\"b\\\\c\"", Excerpt.quote("a\"b\\c"));
    }

    @Test
    void parameterMessageOmitsMissingPosition() {
        QueryException error = QueryException.parameter("per_page", "0", -1, "invalid value");
        assertEquals("per_page (\"0\"): invalid value", error.getMessage());
    }

    @Test
    void invalidCursorHasPlainMessage() {
        QueryException error = QueryException.invalidCursor();
        assertEquals("invalid cursor", error.getMessage());
        assertEquals("cursor", error.parameter());
    }
}
