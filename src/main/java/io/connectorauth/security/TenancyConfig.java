package io.connectorauth.security;

import java.util.List;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Names of the JWT claims that identify the caller and what it may do. Where a list of claims is given, they are
 * tried in order and the first one present wins.
 */
@ConfigMapping(prefix = "connector-auth.tenancy")
public interface TenancyConfig {

    /**
     * Claims carrying the tenant (account) id.
     */
    @WithDefault("tenant_id,embed_account_id")
    List<String> tenantClaims();

    /**
     * Claims carrying the user id.
     */
    @WithDefault("sub,embed_user_id")
    List<String> userClaims();

    /**
     * Claim carrying the caller's roles, as an array of strings.
     */
    @WithDefault("groups")
    String rolesClaim();

    /**
     * Roles that make the caller an account admin, who has every permission on every object of the tenant.
     */
    @WithDefault("admin,accountAdmin")
    Set<String> adminRoles();

    /**
     * Claim carrying the ids of the caller's teams, as an array of strings.
     */
    @WithDefault("teams")
    String teamsClaim();

    /**
     * Claims carrying the token's scopes: a space-separated string ({@code scope}) or an array ({@code scp}).
     */
    @WithDefault("scope,scp")
    List<String> scopeClaims();

    /**
     * Scopes of a token that carries no scope claim, space-separated.
     */
    @WithDefault("connector_auth:manage connectors:view")
    String defaultScopes();
}
