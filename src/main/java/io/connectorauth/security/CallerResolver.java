package io.connectorauth.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

import io.connectorauth.common.ApiException;
import io.connectorauth.common.ProblemKind;

/**
 * Resolves the caller from the verified JWT once per request and puts the tenant and user into the logging MDC.
 */
@RequestScoped
public class CallerResolver {

    static final int MAX_ID_LENGTH = 128;
    static final int MAX_TEAMS = 1_000;

    private final JsonWebToken token;
    private final TenancyConfig config;
    private final VerifiedTokens verified;
    private Caller caller;

    CallerResolver(JsonWebToken token, TenancyConfig config, VerifiedTokens verified) {
        this.token = token;
        this.config = config;
        this.verified = verified;
    }

    /**
     * Returns the caller of the current request, resolving it on first use.
     *
     * @throws ApiException with status 401 when the token lacks a usable tenant or user claim
     */
    public Caller current() {
        if (caller == null) {
            caller = verified.caller(token, this::resolve);
            MDC.put("tenant_id", caller.tenantId());
            MDC.put("user_id", caller.userId());
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
        List<String> roles = strings(claim(config.rolesClaim()));
        boolean admin = roles.stream().anyMatch(config.adminRoles()::contains);
        List<String> teams = strings(claim(config.teamsClaim()));
        if (teams.size() > MAX_TEAMS) {
            throw new ApiException(ProblemKind.UNAUTHENTICATED, "The token lists more than " + MAX_TEAMS + " teams");
        }
        return new Caller(tenantId, userId, claimAsString(claim("jti")), admin, teams, scopes());
    }

    private Set<Scope> scopes() {
        for (String name : config.scopeClaims()) {
            Object value = claim(name);
            if (value != null) {
                return parseScopes(strings(value));
            }
        }
        return parseScopes(Arrays.asList(config.defaultScopes().trim().split("\\s+")));
    }

    private static Set<Scope> parseScopes(Collection<String> values) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String value : values) {
            Scope.of(value).ifPresent(scopes::add);
        }
        return scopes;
    }

    /**
     * Returns the first of the claims that the token contains. A claim that is present but not a usable id (an
     * array, an object, blank, too long, or with control characters) is rejected rather than skipped, so a
     * malformed claim can never make the next one apply.
     */
    private String firstClaim(List<String> names) {
        for (String name : names) {
            Object raw = claim(name);
            if (raw == null) {
                continue;
            }
            String value = claimAsString(raw);
            if (value == null) {
                throw new ApiException(ProblemKind.UNAUTHENTICATED,
                        "The token's " + name + " claim is not a usable id");
            }
            return value;
        }
        return null;
    }

    /**
     * Reads a claim, turning a shape the JWT library cannot convert (such as an object where it expects a list)
     * into a 401.
     */
    private Object claim(String name) {
        try {
            Object value = token.getClaim(name);
            return value == JsonValue.NULL ? null : value;
        } catch (RuntimeException e) {
            throw new ApiException(ProblemKind.UNAUTHENTICATED,
                    "The token's " + name + " claim has an unsupported shape");
        }
    }

    /**
     * Reads a claim holding a space-separated string or an array of strings.
     */
    static List<String> strings(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue item : array) {
                addIfUsable(values, claimAsString(item));
            }
        } else if (claim instanceof Collection<?> collection) {
            for (Object item : collection) {
                addIfUsable(values, claimAsString(item));
            }
        } else {
            String text = claimAsString(claim);
            if (text != null) {
                for (String part : text.trim().split("\\s+")) {
                    addIfUsable(values, part);
                }
            }
        }
        return values;
    }

    private static void addIfUsable(List<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
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
        if (value == null || value.isBlank() || value.length() > MAX_ID_LENGTH
                || value.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return value;
    }
}
