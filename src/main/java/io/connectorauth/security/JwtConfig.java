package io.connectorauth.security;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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

    /**
     * Maximum number of verified tokens kept so that a token sent again skips the signature check. 0 turns the
     * cache off.
     */
    @WithDefault("2000")
    int cacheSize();

    /**
     * Maximum time a verified token stays cached, and never past its {@code exp}. After a key is removed from the
     * signer's JWKS, tokens it signed are still accepted for up to this long.
     */
    @WithDefault("5m")
    Duration cacheTtl();
}
