package io.connectorauth.query;

/**
 * Shortened, escaped copies of client input for error messages. Escaping control characters, line separators and unpaired
 * surrogates
 * keeps the input from forging extra log lines or breaking JSON encoders when the message is logged or returned.
 */
final class Excerpt {

    /** Maximum number of input characters echoed in a message. */
    static final int MAX_LENGTH = 80;

    private Excerpt() {
    }

    /** Returns {@code text} in double quotes, shortened to {@link #MAX_LENGTH} characters and escaped. */
    static String quote(String text) {
        return quote(text, MAX_LENGTH);
    }

    /** Returns {@code text} in double quotes, shortened to {@code maxLength} characters and escaped. */
    static String quote(String text, int maxLength) {
        int end = Math.min(text.length(), maxLength);
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end + 8).append('"');
        for (int i = 0; i < end; i++) {
            appendEscaped(out, text, i);
        }
        if (end < text.length()) {
            out.append("...");
        }
        return out.append('"').toString();
    }

    private static void appendEscaped(StringBuilder out, String text, int index) {
        char c = text.charAt(index);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || isUnpairedSurrogate(text, index)) {
            out.append(String.format("\\u%04x", (int) c));
        } else {
            out.append(c);
        }
    }

    /** Returns whether the char at {@code index} is half of a surrogate pair without its other half. */
    static boolean isUnpairedSurrogate(String text, int index) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
        }
        return false;
    }
}
