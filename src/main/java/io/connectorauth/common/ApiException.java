package io.connectorauth.common;

import java.util.List;

/**
 * A failure that the API reports to the client as a problem of a known kind. The message becomes the
 * problem's {@code detail}, so it must never contain a secret.
 */
public class ApiException extends RuntimeException {

    private final ProblemKind kind;
    private final transient List<FieldViolation> violations;

    public ApiException(ProblemKind kind, String detail) {
        this(kind, detail, List.of());
    }

    public ApiException(ProblemKind kind, String detail, List<FieldViolation> violations) {
        super(detail, null, false, false);
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    public ProblemKind kind() {
        return kind;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public static ApiException notFound(String what) {
        return new ApiException(ProblemKind.NOT_FOUND, what + " not found");
    }

    public static ApiException invalid(List<FieldViolation> violations) {
        return new ApiException(ProblemKind.VALIDATION, "The request has invalid fields; see errors", violations);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldViolation(field, message)));
    }
}
