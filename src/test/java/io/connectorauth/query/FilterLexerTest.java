package io.connectorauth.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.connectorauth.query.FilterLexer.Kind;
import io.connectorauth.query.FilterLexer.Token;

class FilterLexerTest {

    @Test
    void tokenizeSplitsBareWordsAndCommas() {
        List<Token> tokens = FilterLexer.tokenize("name,eq,x", 0);
        assertEquals(List.of(new Token(Kind.BARE, "name", 1), new Token(Kind.COMMA, ",", 5),
                new Token(Kind.BARE, "eq", 6), new Token(Kind.COMMA, ",", 8), new Token(Kind.BARE, "x", 9),
                new Token(Kind.END, "", 10)), tokens);
    }

    @Test
    void tokenizeDecodesQuotedString() {
        List<Token> tokens = FilterLexer.tokenize("\"a,\\\"b\\\\\"", 0);
        assertEquals(List.of(new Token(Kind.QUOTED, "a,\"b\\", 1), new Token(Kind.END, "", 10)), tokens);
    }

    @Test
    void tokenizeKeepsEmptyQuotedString() {
        List<Token> tokens = FilterLexer.tokenize("\"\"", 0);
        assertEquals(List.of(new Token(Kind.QUOTED, "", 1), new Token(Kind.END, "", 3)), tokens);
    }

    @Test
    void tokenizeReturnsOnlyEndForEmptyInput() {
        assertEquals(List.of(new Token(Kind.END, "", 1)), FilterLexer.tokenize("", 0));
    }

    @Test
    void tokenizeSeparatesBareWordFromQuote() {
        List<Token> tokens = FilterLexer.tokenize("a\"b\"", 0);
        assertEquals(List.of(new Token(Kind.BARE, "a", 1), new Token(Kind.QUOTED, "b", 2),
                new Token(Kind.END, "", 5)), tokens);
    }

    @Test
    void tokenizeKeepsConsecutiveCommas() {
        List<Token> tokens = FilterLexer.tokenize(",,", 0);
        assertEquals(List.of(new Token(Kind.COMMA, ",", 1), new Token(Kind.COMMA, ",", 2),
                new Token(Kind.END, "", 3)), tokens);
    }

    @Test
    void tokenizeReportsFilterIndexInErrors() {
        QueryException error = QueryAssertions.assertRejected(() -> FilterLexer.tokenize("\"open", 3), "filter", 3,
                1);
        assertEquals("filter 3 (\"\\\"open\"), position 1: unterminated quoted value; expected a closing '\"'",
                error.getMessage());
    }
}
