package io.connectorauth.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The shared secret for HS256 tokens, as embed SSO tokens are often signed. RS256 or ES256 keys are configured with
 * the standard {@code mp.jwt.verify.publickey.location} and {@code mp.jwt.verify.publickey.algorithm}.
 */
@ConfigMapping(prefix = "connector-auth.jwt")
public interface JwtConfig {

    /**
     * The HS256 secret itself ({@code CONNECTOR_AUTH_JWT_HS256_SECRET}), at least 32 bytes in UTF-8.
     */
    Optional<String> hs256Secret();

    /**
     * A file holding the HS256 secret ({@code CONNECTOR_AUTH_JWT_HS256_SECRET_FILE}).
     */
    Optional<String> hs256SecretFile();
}
