package io.connectorauth.query;

/**
 * Validated paging parameters of a list request. A request pages either by number ({@code page}, which becomes an
 * OFFSET) or by keyset ({@code cursor} from the previous response), never both.
 *
 * @param page the 1-based page number; 1 when the request has no {@code page}, and always 1 with a cursor
 * @param perPage the page size, from 1 to {@link QueryLimits#MAX_PER_PAGE}
 * @param cursor the opaque cursor as sent, or null; decode it with {@link CursorCodec#decode}
 * @param count whether the client asked for the total count of matching rows
 */
public record PageRequest(int page, int perPage, String cursor, boolean count) {

    /**
     * Rejects values out of range, which only a programming error can produce because {@link #of} validates client
     * input first.
     */
    public PageRequest {
        if (page < 1 || perPage < 1 || perPage > QueryLimits.MAX_PER_PAGE) {
            throw new IllegalArgumentException("page or perPage out of range");
        }
        if (cursor != null && page != 1) {
            throw new IllegalArgumentException("a cursor request has no page number");
        }
    }

    /**
     * Validates the raw query parameters; each may be null when the request does not contain it.
     *
     * @throws QueryException if a number is malformed or out of range, {@code count} is not {@code true} or
     *         {@code false}, the cursor is empty or too long, or both {@code page} and {@code cursor} are present
     */
    public static PageRequest of(String page, String perPage, String cursor, String count) {
        int pageNumber = page == null ? 1 : parseInt("page", page, 1, Integer.MAX_VALUE);
        int size = perPage == null
                ? QueryLimits.DEFAULT_PER_PAGE
                : parseInt("per_page", perPage, 1, QueryLimits.MAX_PER_PAGE);
        if (cursor != null && (cursor.isEmpty() || cursor.length() > QueryLimits.MAX_CURSOR_LENGTH)) {
            throw QueryException.invalidCursor();
        }
        if (page != null && cursor != null) {
            throw QueryException.parameter("page", page, -1, "page and cursor cannot be combined; send only the "
                    + "cursor to continue from the previous page");
        }
        return new PageRequest(pageNumber, size, cursor, parseBoolean(count));
    }

    /** Returns whether this request continues from a cursor rather than paging by number. */
    public boolean hasCursor() {
        return cursor != null;
    }

    /** Returns the number of rows to skip for page-number paging, 0 with a cursor. */
    public long offset() {
        return (long) (page - 1) * perPage;
    }

    /**
     * Parses decimal digits only, because {@link Integer#parseInt} also accepts a sign and non-ASCII digits.
     */
    private static int parseInt(String parameter, String text, int min, int max) {
        long value = 0;
        boolean valid = !text.isEmpty() && text.length() <= 10;
        for (int i = 0; valid && i < text.length(); i++) {
            char c = text.charAt(i);
            valid = c >= '0' && c <= '9';
            value = value * 10 + (c - '0');
        }
        if (!valid || value < min || value > max) {
            throw QueryException.parameter(parameter, text, -1, "invalid value; expected an integer from " + min
                    + " to " + max);
        }
        return (int) value;
    }

    private static boolean parseBoolean(String count) {
        if (count == null || count.equals("false")) {
            return false;
        }
        if (count.equals("true")) {
            return true;
        }
        throw QueryException.parameter("count", count, -1, "invalid value; expected true or false");
    }
}
