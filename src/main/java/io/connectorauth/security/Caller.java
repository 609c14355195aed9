package io.connectorauth.security;

/**
 * The verified identity behind a request: every query is scoped to {@code tenantId}.
 */
public record Caller(String tenantId, String userId) {
}
