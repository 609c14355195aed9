package io.connectorauth.crypto;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the data encryption key comes from.
 */
@ConfigMapping(prefix = "connector-auth.crypto")
public interface CryptoConfig {

    /**
     * Base64-encoded 32-byte AES key ({@code CONNECTOR_AUTH_CRYPTO_KEY}).
     */
    Optional<String> key();

    /**
     * File holding the base64-encoded key ({@code CONNECTOR_AUTH_CRYPTO_KEY_FILE}), for mounted secrets.
     */
    Optional<String> keyFile();

    /**
     * Version recorded with every ciphertext written under this key.
     */
    @WithDefault("1")
    int keyVersion();

    /**
     * Generates a throwaway key when none is configured. Only the dev profile turns this on.
     */
    @WithDefault("false")
    boolean generateIfMissing();
}
