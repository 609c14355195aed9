package io.connectorauth.security;

import java.util.List;
import java.util.Set;

import io.connectorauth.common.ApiException;
import io.connectorauth.common.ProblemKind;

/**
 * The verified identity behind a request. Every query is scoped to {@code tenantId}; {@code admin} means an account
 * admin of that tenant, who has every permission on its objects.
 *
 * @param tokenId the token's {@code jti}, or null when it has none
 */
public record Caller(String tenantId, String userId, String tokenId, boolean admin, List<String> teams,
        Set<Scope> scopes) {

    /**
     * Checks that the token's scopes allow the operation.
     *
     * @throws ApiException with status 403 naming the scopes that would allow it
     */
    public void require(Operation operation) {
        if (!operation.allowedBy(scopes)) {
            throw new ApiException(ProblemKind.FORBIDDEN, "This operation requires scope " + operation.scopeList());
        }
    }

    public boolean has(Operation operation) {
        return operation.allowedBy(scopes);
    }
}
