package io.connectorauth.crypto;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Sources of the key encryption keys (KEKs), and the lifetime of unwrapped tenant data keys in memory.
 */
@ConfigMapping(prefix = "connector-auth.crypto")
public interface CryptoConfig {

    /**
     * Base64-encoded 32-byte AES key ({@code CONNECTOR_AUTH_CRYPTO_KEY}): the KEK of version {@link #keyVersion()}.
     */
    Optional<String> key();

    /**
     * File holding the base64-encoded key ({@code CONNECTOR_AUTH_CRYPTO_KEY_FILE}), for mounted secrets.
     */
    Optional<String> keyFile();

    /**
     * Version of the KEK given by {@link #key()} or {@link #keyFile()}.
     */
    @WithDefault("1")
    int keyVersion();

    /**
     * Further KEKs by version, each a base64-encoded 32-byte AES key ({@code connector-auth.crypto.keks.2=...}).
     */
    Map<String, String> keks();

    /**
     * Further KEKs by version, each a file holding a base64-encoded key
     * ({@code connector-auth.crypto.kek-files.2=/etc/keys/kek-2}).
     */
    Map<String, String> kekFiles();

    /**
     * Version of the KEK that wraps new tenant data keys; the highest configured version when unset.
     */
    Optional<Integer> primaryKekVersion();

    /**
     * How long an unwrapped tenant data key stays in memory. A crypto-shred reaches other replicas within this time.
     */
    @WithDefault("PT5M")
    Duration dekCacheTtl();

    /**
     * Maximum number of unwrapped tenant data keys kept in memory.
     */
    @WithDefault("10000")
    int dekCacheSize();

    /**
     * Generates a throwaway key when none is configured. Only the dev profile turns this on.
     */
    @WithDefault("false")
    boolean generateIfMissing();
}
