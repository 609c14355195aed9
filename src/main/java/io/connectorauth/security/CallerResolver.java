package io.connectorauth.security;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

import io.connectorauth.common.ApiException;
import io.connectorauth.common.ProblemKind;

/**
 * Resolves the tenant and user from the verified JWT once per request and puts them into the logging MDC.
 */
@RequestScoped
public class CallerResolver {

    static final int MAX_ID_LENGTH = 128;

    private final JsonWebToken token;
    private final TenancyConfig config;
    private Caller caller;

    CallerResolver(JsonWebToken token, TenancyConfig config) {
        this.token = token;
        this.config = config;
    }

    /**
     * Returns the caller of the current request, resolving it on first use.
     *
     * @throws ApiException with status 401 when the token lacks a usable tenant or user claim
     */
    public Caller current() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    private Caller resolve() {
        String tenantId = firstClaim(config.tenantClaims());
        if (tenantId == null) {
            throw new ApiException(ProblemKind.UNAUTHENTICATED, "The token carries no usable tenant claim");
        }
        String userId = firstClaim(config.userClaims());
        if (userId == null) {
            throw new ApiException(ProblemKind.UNAUTHENTICATED, "The token carries no usable user claim");
        }
        MDC.put("tenant_id", tenantId);
        MDC.put("user_id", userId);
        return new Caller(tenantId, userId);
    }

    private String firstClaim(List<String> names) {
        for (String name : names) {
            String value = claimAsString(token.getClaim(name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static String claimAsString(Object claim) {
        String value = null;
        if (claim instanceof JsonString json) {
            value = json.getString();
        } else if (claim instanceof JsonNumber number) {
            value = number.toString();
        } else if (claim instanceof String text) {
            value = text;
        } else if (claim instanceof Number number) {
            value = number.toString();
        }
        if (value == null || value.isBlank() || value.length() > MAX_ID_LENGTH) {
            return null;
        }
        return value;
    }
}
