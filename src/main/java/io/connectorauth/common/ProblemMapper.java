package io.connectorauth.common;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.connectorauth.crypto.DecryptionFailedException;
import io.connectorauth.ops.DatabaseConfig;
import io.connectorauth.ops.DomainMetrics;
import io.connectorauth.query.QueryException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Renders every failure as {@code application/problem+json}. Messages of unexpected exceptions never reach the
 * client: a 5xx body carries only the request id, and the exception is logged once here.
 */
public class ProblemMapper {

    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE_CASE = new PropertyNamingStrategies.SnakeCaseStrategy();

    static final String STALE_DETAIL = "The connector auth was changed by another request; read it again and retry";

    private final DomainMetrics metrics;
    private final DatabaseConfig database;

    ProblemMapper(DomainMetrics metrics, DatabaseConfig database) {
        this.metrics = metrics;
        this.database = database;
    }

    @ServerExceptionMapper
    public Response mapApiException(ApiException exception, UriInfo uri) {
        return respond(exception.kind(), exception.getMessage(), exception.violations(), uri);
    }

    @ServerExceptionMapper
    public Response mapQueryException(QueryException exception, UriInfo uri) {
        List<FieldViolation> fields = List.of(new FieldViolation(exception.parameter(), exception.getMessage()));
        return respond(ProblemKind.INVALID_QUERY, exception.getMessage(), fields, uri);
    }

    @ServerExceptionMapper
    public Response mapConstraintViolation(ConstraintViolationException exception, UriInfo uri) {
        List<FieldViolation> fields = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            fields.add(new FieldViolation(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        fields.sort((left, right) -> left.field().compareTo(right.field()));
        return respond(ProblemKind.VALIDATION, "The request has invalid fields; see errors", fields, uri);
    }

    @ServerExceptionMapper
    public Response mapUnknownProperty(UnrecognizedPropertyException exception, UriInfo uri) {
        String field = jsonPath(exception);
        List<FieldViolation> fields = List.of(new FieldViolation(field, "unknown property"));
        return respond(ProblemKind.VALIDATION, "Unknown property '" + field + "'", fields, uri);
    }

    /**
     * Maps a value of the wrong JSON type, such as a connector_id that is not a UUID. Without this mapper the more
     * specific built-in mapper of Quarkus REST Jackson would return a plain JSON body.
     */
    @ServerExceptionMapper
    public Response mapMismatchedInput(MismatchedInputException exception, UriInfo uri) {
        return mapJsonMapping(exception, uri);
    }

    @ServerExceptionMapper
    public Response mapJsonMapping(JsonMappingException exception, UriInfo uri) {
        String field = jsonPath(exception);
        if (field.isEmpty()) {
            return respond(ProblemKind.MALFORMED_JSON, "The request body is not the expected JSON object", null, uri);
        }
        List<FieldViolation> fields = List.of(new FieldViolation(field, "has the wrong type"));
        return respond(ProblemKind.VALIDATION, "Field '" + field + "' has the wrong type", fields, uri);
    }

    @ServerExceptionMapper
    public Response mapJsonProcessing(JsonProcessingException exception, UriInfo uri) {
        String detail = "The request body is not valid JSON";
        if (exception.getLocation() != null) {
            detail += " (line " + exception.getLocation().getLineNr() + ", column "
                    + exception.getLocation().getColumnNr() + ")";
        }
        return respond(ProblemKind.MALFORMED_JSON, detail, null, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response mapUnauthenticated(RuntimeException exception, UriInfo uri) {
        return respond(ProblemKind.UNAUTHENTICATED, "A valid bearer token is required", null, uri);
    }

    @ServerExceptionMapper
    public Response mapForbidden(ForbiddenException exception, UriInfo uri) {
        return respond(ProblemKind.FORBIDDEN, "The token does not grant this operation", null, uri);
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException exception, UriInfo uri) {
        ProblemKind kind = WebProblems.kindOf(exception.getResponse().getStatus());
        if (kind == ProblemKind.INTERNAL) {
            return mapUnexpected(exception, uri);
        }
        Response response = respond(kind, WebProblems.detailOf(kind), null, uri);
        return WebProblems.copyHeaders(exception.getResponse(), response);
    }

    /**
     * Counts a stored secret that failed to decrypt. The client sees a plain 500, because the cause (a wrong key or
     * a tampered row) is the operator's to fix.
     */
    @ServerExceptionMapper
    public Response mapDecryptionFailed(DecryptionFailedException exception, UriInfo uri) {
        metrics.decryptFailed();
        return mapUnexpected(exception, uri);
    }

    /**
     * Maps what no other mapper matched. A lost optimistic-locking race becomes 412, an unreachable database 503
     * with {@code Retry-After}, a unique-key race 409, an unstorable character 400, and anything else a 500 that
     * carries only the request id.
     */
    @ServerExceptionMapper
    public Response mapUnexpected(Throwable exception, UriInfo uri) {
        if (isChunkedBodyTooLarge(exception)) {
            Log.debugf("Chunked request body on %s exceeded the size limit", uri.getPath());
            return respond(ProblemKind.PAYLOAD_TOO_LARGE, WebProblems.detailOf(ProblemKind.PAYLOAD_TOO_LARGE), null,
                    uri);
        }
        if (Failures.isStaleWrite(exception)) {
            return respond(ProblemKind.PRECONDITION_FAILED, STALE_DETAIL, null, uri);
        }
        if (Failures.isDatabaseUnavailable(exception)) {
            Log.warnf("Database unavailable on %s: %s", uri.getPath(), exception.toString());
            return serverError(ProblemKind.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, database.retryAfterSeconds())
                    .build();
        }
        ApiException known = PersistenceFailures.classify(exception);
        if (known != null) {
            Log.debugf("Client-caused database failure on %s: %s", uri.getPath(), known.getMessage());
            return mapApiException(known, uri);
        }
        if (!(exception instanceof DecryptionFailedException) && Failures.isCausedBy(exception,
                DecryptionFailedException.class)) {
            metrics.decryptFailed();
        }
        Log.errorf(exception, "Unexpected failure on %s", uri.getPath());
        return serverError(ProblemKind.INTERNAL).build();
    }

    /**
     * Recognizes the exception that Quarkus REST throws after it has already rejected an oversized chunked body with
     * an empty 413, so that it is not logged as an unexpected failure. The response built here is never sent.
     */
    private static boolean isChunkedBodyTooLarge(Throwable exception) {
        return exception instanceof IOException && "Request too large".equals(exception.getMessage());
    }

    /** Starts a 5xx response whose body names the kind and the request id, and nothing else. */
    private static Response.ResponseBuilder serverError(ProblemKind kind) {
        Problem problem = Problem.of(kind, null, null, RequestIds.current(), null);
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
    }

    /**
     * Builds the problem response. Every 401 names the Bearer scheme in {@code WWW-Authenticate}, as RFC 9110
     * requires, also when the token was valid but lacked a tenant or user claim.
     */
    static Response respond(ProblemKind kind, String detail, List<FieldViolation> fields, UriInfo uri) {
        String instance = uri == null ? null : uri.getPath();
        Problem problem = Problem.of(kind, detail, instance, RequestIds.current(), fields);
        Response.ResponseBuilder response = Response.status(kind.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        if (kind == ProblemKind.UNAUTHENTICATED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    private static String jsonPath(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * Renders a Bean Validation path in the request's JSON names: {@code tags[1]} for a list element and
     * {@code user_input.region} for a map entry, as the service's own checks name them.
     */
    private static String fieldName(Path propertyPath) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                appendPosition(field, node);
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(SNAKE_CASE.translate(node.getName()));
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static void appendPosition(StringBuilder field, Path.Node node) {
        if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            field.append('.').append(node.getKey());
        }
    }
}
