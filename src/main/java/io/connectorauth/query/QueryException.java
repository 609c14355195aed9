package io.connectorauth.query;

/**
 * Rejection of a list query parameter, meant to become a 400 response. The message is written for the client: it
 * names the parameter, echoes a short, escaped excerpt of the input and states what was expected. The messages that this
 * package builds never contain stack traces, class names or SQL.
 */
public class QueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final int filterIndex;
    private final int position;

    /**
     * Creates an exception with a complete message. Prefer the factories, which build messages in the documented
     * format.
     *
     * @param parameter the query parameter name: {@code filter}, {@code sort}, {@code cursor}, {@code page},
     *        {@code per_page} or {@code count}
     * @param filterIndex the 0-based index of the offending {@code filter} parameter, or -1
     * @param position the 1-based character position in the offending parameter value, or -1
     * @param message the client-facing message
     */
    public QueryException(String parameter, int filterIndex, int position, String message) {
        super(message);
        this.parameter = parameter;
        this.filterIndex = filterIndex;
        this.position = position;
    }

    /**
     * Creates an error in the filter at {@code index}, formatted as
     * {@code filter 2 ("name,lik,x"), position 6: unknown operator "lik"; ...}.
     */
    static QueryException filter(int index, String raw, int position, String detail) {
        return new QueryException("filter", index, position, format("filter " + index, raw, position, detail));
    }

    /** Creates an error in a parameter other than {@code filter}, such as {@code sort} or {@code per_page}. */
    static QueryException parameter(String parameter, String raw, int position, String detail) {
        return new QueryException(parameter, -1, position, format(parameter, raw, position, detail));
    }

    /**
     * Creates the single error for every cursor problem. It does not reveal what was wrong, so clients cannot
     * probe the cursor format or its signature.
     */
    static QueryException invalidCursor() {
        return new QueryException("cursor", -1, -1, "invalid cursor");
    }

    /** Returns the query parameter that was rejected. */
    public String parameter() {
        return parameter;
    }

    /** Returns the 0-based index of the rejected {@code filter} parameter, or -1 for other parameters. */
    public int filterIndex() {
        return filterIndex;
    }

    /** Returns the 1-based character position of the problem in the parameter value, or -1 if it has none. */
    public int position() {
        return position;
    }

    private static String format(String subject, String raw, int position, String detail) {
        StringBuilder message = new StringBuilder(subject);
        if (raw != null) {
            message.append(" (").append(Excerpt.quote(raw)).append(')');
        }
        if (position > 0) {
            message.append(", position ").append(position);
        }
        return message.append(": ").append(detail).toString();
    }
}
