package io.connectorauth.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Operations a request performs, each with the scopes that allow it.
 */
public enum Operation {
    READ_AUTHS(EnumSet.of(Scope.CONNECTOR_AUTH, Scope.CONNECTOR_AUTH_MANAGE, Scope.CONNECTOR_AUTH_VIEW)), CREATE_AUTHS(
            EnumSet.of(Scope.CONNECTOR_AUTH, Scope.CONNECTOR_AUTH_MANAGE)), UPDATE_AUTHS(
                    EnumSet.of(Scope.CONNECTOR_AUTH, Scope.CONNECTOR_AUTH_MANAGE)), DELETE_AUTHS(
                            EnumSet.of(Scope.CONNECTOR_AUTH)), REVEAL_SECRETS(
                                    EnumSet.of(Scope.CONNECTOR_AUTH_REVEAL)), READ_CONNECTORS(
                                            EnumSet.of(Scope.CONNECTORS, Scope.CONNECTORS_VIEW)), MANAGE_CONNECTORS(
                                                    EnumSet.of(Scope.CONNECTORS)), ADMINISTER_KEYS(
                                                            EnumSet.of(Scope.KEYS_ADMIN));

    private final Set<Scope> allowedBy;

    Operation(Set<Scope> allowedBy) {
        this.allowedBy = allowedBy;
    }

    boolean allowedBy(Set<Scope> scopes) {
        return scopes.stream().anyMatch(allowedBy::contains);
    }

    String scopeList() {
        return allowedBy.stream()
                .map(Scope::value)
                .collect(Collectors.joining(" or "));
    }
}
