package io.connectorauth.audit;

/**
 * Result of an audited attempt.
 */
public enum AuditOutcome {
    SUCCESS("success"), DENIED("denied"), NOT_FOUND("not_found"), FAILED("failed");

    private final String value;

    AuditOutcome(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
