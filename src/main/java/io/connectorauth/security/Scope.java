package io.connectorauth.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * Token scopes and the operations each grants. A broader scope includes the narrower ones listed after it.
 */
public enum Scope {
    /** Create, read, update and delete connector auths. */
    CONNECTOR_AUTH("connector_auth"),
    /** Create, read and update connector auths. */
    CONNECTOR_AUTH_MANAGE("connector_auth:manage"),
    /** Read connector auths. */
    CONNECTOR_AUTH_VIEW("connector_auth:view"),
    /** Read the plaintext secrets of connector auths. */
    CONNECTOR_AUTH_REVEAL("connector_auth:reveal"),
    /** Read the catalog and, for account admins, manage the tenant's private connectors. */
    CONNECTORS("connectors"),
    /** Read the catalog. */
    CONNECTORS_VIEW("connectors:view"),
    /** Operate key rotation; an operator scope, not a tenant admin's. */
    KEYS_ADMIN("keys:admin");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    static Optional<Scope> of(String value) {
        return Arrays.stream(values())
                .filter(scope -> scope.value.equals(value))
                .findFirst();
    }
}
