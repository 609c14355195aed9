package io.connectorauth.connector;

/**
 * Lifecycle of a catalog entry; stored and rendered in lower case.
 */
public enum ConnectorStatus {
    ACTIVE, DRAFT, PAUSED;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
