package io.connectorauth.common;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Covers the responses that Vert.x and Quarkus produce before a request reaches JAX-RS: an unknown path, a body over
 * {@code quarkus.http.limits.max-body-size} and other routing failures. They get a problem+json body, and every
 * response, from JAX-RS or not, carries the request id.
 */
@ApplicationScoped
public class HttpProblemRoutes {

    private final ObjectMapper mapper;
    private final long maxBodyBytes;

    HttpProblemRoutes(ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.mapper = mapper;
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void install(@Observes Router router) {
        router.route()
                .order(Integer.MIN_VALUE)
                .handler(this::assignRequestId);
        router.route()
                .order(Integer.MIN_VALUE)
                .failureHandler(this::renderFailure);
        router.route()
                .last()
                .handler(context -> render(context, ProblemKind.NOT_FOUND));
    }

    /**
     * Normalizes the request header so that the JAX-RS filter reads the same id, and adds the id to every response
     * just before its headers are sent.
     */
    private void assignRequestId(RoutingContext context) {
        String requestId = RequestIds.acceptOrGenerate(context.request().getHeader(RequestIds.HEADER));
        context.request().headers().set(RequestIds.HEADER, requestId);
        MDC.put(RequestIds.MDC_KEY, requestId);
        context.addHeadersEndHandler(ignored -> context.response().headers().set(RequestIds.HEADER, requestId));
        if (declaredBodyTooLarge(context)) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            render(context, ProblemKind.PAYLOAD_TOO_LARGE);
            return;
        }
        context.next();
    }

    /**
     * Rejects a body whose {@code Content-Length} exceeds the limit before it is read. Quarkus would reject it too,
     * but with an empty body. NOTE: a chunked body without Content-Length that exceeds the limit still gets that
     * empty 413 from Quarkus.
     */
    private boolean declaredBodyTooLarge(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void renderFailure(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode() < 0 ? 500 : context.statusCode();
        ProblemKind kind = WebProblems.kindOf(status);
        if (kind == ProblemKind.INTERNAL) {
            Log.errorf(context.failure(), "Unexpected failure on %s", context.normalizedPath());
        }
        render(context, kind);
    }

    private void render(RoutingContext context, ProblemKind kind) {
        String detail = kind == ProblemKind.INTERNAL ? null : WebProblems.detailOf(kind);
        String instance = kind == ProblemKind.INTERNAL ? null : context.normalizedPath();
        Problem problem = Problem.of(kind, detail, instance, context.request().getHeader(RequestIds.HEADER), null);
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + kind.status() + "}";
        }
        context.response()
                .setStatusCode(kind.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
