package io.connectorauth.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Translates the JAX-RS layer's own failures (unknown path, wrong method, media type) into problem kinds.
 */
final class WebProblems {

    private WebProblems() {
    }

    static ProblemKind kindOf(int status) {
        return switch (status) {
            case 400 -> ProblemKind.MALFORMED_JSON;
            case 401 -> ProblemKind.UNAUTHENTICATED;
            case 403 -> ProblemKind.FORBIDDEN;
            case 404 -> ProblemKind.NOT_FOUND;
            case 405 -> ProblemKind.METHOD_NOT_ALLOWED;
            case 406 -> ProblemKind.NOT_ACCEPTABLE;
            case 409 -> ProblemKind.CONFLICT;
            case 412 -> ProblemKind.PRECONDITION_FAILED;
            case 413 -> ProblemKind.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemKind.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemKind.SERVICE_UNAVAILABLE;
            default -> ProblemKind.INTERNAL;
        };
    }

    static String detailOf(ProblemKind kind) {
        return switch (kind) {
            case MALFORMED_JSON -> "The request could not be read";
            case NOT_FOUND -> "No resource at this path";
            case METHOD_NOT_ALLOWED -> "This method is not supported on this path";
            case NOT_ACCEPTABLE -> "The API produces application/json only";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
            case PAYLOAD_TOO_LARGE -> "The request body exceeds the configured limit";
            default -> kind.title();
        };
    }

    static Response copyHeaders(Response source, Response target) {
        Response.ResponseBuilder builder = Response.fromResponse(target);
        String allow = source.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }
}
