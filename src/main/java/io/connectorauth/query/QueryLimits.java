package io.connectorauth.query;

/**
 * Size limits of the list query language. They bound the work one request can cause in the parser and in PostgreSQL.
 */
public final class QueryLimits {

    /** Maximum number of {@code filter} parameters in one request. */
    public static final int MAX_FILTERS = 20;

    /** Maximum length of one filter value after unquoting, in Unicode code points. */
    public static final int MAX_VALUE_LENGTH = 1_000;

    /** Maximum number of values after {@code in}, {@code nin}, {@code any} and {@code all}. */
    public static final int MAX_LIST_VALUES = 100;

    /**
     * Maximum length of one raw {@code filter} parameter in UTF-16 code units. It leaves room for a full list of 100
     * values of 1,000 characters with quotes and separators, and is checked before tokenizing.
     */
    public static final int MAX_FILTER_LENGTH = 110_000;

    /** Maximum number of keys a client may give in {@code sort}. The id tiebreaker that the server appends is extra. */
    public static final int MAX_SORT_KEYS = 5;

    /** Maximum length of the raw {@code sort} parameter. */
    public static final int MAX_SORT_LENGTH = 1_000;

    /** Largest {@code per_page}. */
    public static final int MAX_PER_PAGE = 500;

    /** {@code per_page} when the request does not give one. */
    public static final int DEFAULT_PER_PAGE = 50;

    /** Maximum length of a cursor string, checked on both encoding and decoding. */
    public static final int MAX_CURSOR_LENGTH = 16_384;

    private QueryLimits() {
    }
}
