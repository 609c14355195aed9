package io.connectorauth.audit;

/**
 * How an audited attempt ended.
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
