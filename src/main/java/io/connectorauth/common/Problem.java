package io.connectorauth.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body. {@code errors} lists the fields at fault for validation problems.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json")
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemKind kind, String detail, String instance, String requestId,
            List<FieldViolation> errors) {
        List<FieldViolation> fields = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        return new Problem(kind.type(), kind.title(), kind.status(), detail, instance, requestId, fields);
    }
}
