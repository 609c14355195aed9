package io.connectorauth.common;

/**
 * The kinds of problem the API returns, each with a stable type URI, an HTTP status and a title.
 */
public enum ProblemKind {
    VALIDATION(400, "validation", "Invalid request"), MALFORMED_JSON(400, "malformed-json",
            "Malformed JSON"), INVALID_QUERY(400, "invalid-query", "Invalid query parameter"), UNAUTHENTICATED(401,
                    "unauthenticated", "Authentication required"), FORBIDDEN(403, "forbidden",
                            "Forbidden"), NOT_FOUND(404, "not-found", "Not found"), METHOD_NOT_ALLOWED(405,
                                    "method-not-allowed", "Method not allowed"), NOT_ACCEPTABLE(406, "not-acceptable",
                                            "Not acceptable"), CONFLICT(409, "conflict",
                                                    "Conflict"), GONE(410, "gone", "Gone"), PRECONDITION_FAILED(412,
                                                            "precondition-failed",
                                                            "Precondition failed"), PAYLOAD_TOO_LARGE(413,
                                                                    "payload-too-large",
                                                                    "Payload too large"), UNSUPPORTED_MEDIA_TYPE(415,
                                                                            "unsupported-media-type",
                                                                            "Unsupported media type"), UNPROCESSABLE(
                                                                                    422, "unprocessable",
                                                                                    "Unprocessable request"), SERVICE_UNAVAILABLE(
                                                                                            503, "service-unavailable",
                                                                                            "Service unavailable"), INTERNAL(
                                                                                                    500, "internal",
                                                                                                    "Internal server error");

    private static final String TYPE_PREFIX = "urn:connector-auth:problem:";

    private final int status;
    private final String type;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.type = TYPE_PREFIX + slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
