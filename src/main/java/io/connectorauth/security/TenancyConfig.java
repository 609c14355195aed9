package io.connectorauth.security;

import java.util.List;

import io.smallrye.config.ConfigMapping;

/**
 * Names of the JWT claims that identify the caller. Each list is tried in order and the first claim present wins.
 */
@ConfigMapping(prefix = "connector-auth.tenancy")
public interface TenancyConfig {

    /**
     * Claims carrying the tenant (account) id.
     */
    List<String> tenantClaims();

    /**
     * Claims carrying the user id.
     */
    List<String> userClaims();
}
