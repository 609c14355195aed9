package io.connectorauth.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizer for one {@code filter} parameter. It splits the input into bare words, quoted strings and commas, decodes
 * the {@code \"} and {@code \\} escapes of quoted strings and records the 1-based position of each token.
 */
final class FilterLexer {

    /** Token kinds. A bare token is a maximal run of characters other than comma and double quote. */
    enum Kind {
        BARE, QUOTED, COMMA, END
    }

    /**
     * One token.
     *
     * @param kind the token kind
     * @param text the bare text, or the decoded content of a quoted string, or "," for a comma, or "" at the end
     * @param position the 1-based position of the token's first character, or the input length + 1 for the end
     */
    record Token(Kind kind, String text, int position) {
    }

    private final String input;
    private final int filterIndex;
    private int offset;

    private FilterLexer(String input, int filterIndex) {
        this.input = input;
        this.filterIndex = filterIndex;
    }

    /**
     * Splits {@code input} into tokens that always end with one {@link Kind#END} token.
     *
     * @throws QueryException for an unterminated quoted string, an escape other than {@code \"} and {@code \\}, a NUL
     *         character or an unpaired surrogate, which PostgreSQL text cannot store
     */
    static List<Token> tokenize(String input, int filterIndex) {
        return new FilterLexer(input, filterIndex).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (offset < input.length()) {
            char c = input.charAt(offset);
            if (c == ',') {
                tokens.add(new Token(Kind.COMMA, ",", offset + 1));
                offset++;
            } else if (c == '"') {
                tokens.add(readQuoted());
            } else {
                tokens.add(readBare());
            }
        }
        tokens.add(new Token(Kind.END, "", input.length() + 1));
        return tokens;
    }

    private Token readBare() {
        int start = offset;
        while (offset < input.length() && input.charAt(offset) != ',' && input.charAt(offset) != '"') {
            checkCharacter();
            offset++;
        }
        return new Token(Kind.BARE, input.substring(start, offset), start + 1);
    }

    private Token readQuoted() {
        int start = offset;
        offset++;
        StringBuilder text = new StringBuilder();
        while (offset < input.length()) {
            char c = input.charAt(offset);
            if (c == '"') {
                offset++;
                return new Token(Kind.QUOTED, text.toString(), start + 1);
            }
            if (c == '\\') {
                readEscape(text);
            } else {
                checkCharacter();
                text.append(c);
                offset++;
            }
        }
        throw error(start + 1, "unterminated quoted value; expected a closing '\"'");
    }

    private void readEscape(StringBuilder text) {
        if (offset + 1 >= input.length()) {
            offset = input.length();
            return;
        }
        char escaped = input.charAt(offset + 1);
        if (escaped != '"' && escaped != '\\') {
            throw error(offset + 1, "invalid escape sequence; inside quotes only \\\" and \\\\ are escapes, "
                    + "so write \\\\% or \\\\_ for a literal % or _ in a like pattern");
        }
        text.append(escaped);
        offset += 2;
    }

    private void checkCharacter() {
        if (input.charAt(offset) == '\u0000') {
            throw error(offset + 1, "invalid character U+0000");
        }
        if (Excerpt.isUnpairedSurrogate(input, offset)) {
            throw error(offset + 1, "invalid character: unpaired UTF-16 surrogate");
        }
    }

    private QueryException error(int position, String detail) {
        return QueryException.filter(filterIndex, input, position, detail);
    }
}
