package io.connectorauth.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import io.quarkus.logging.Log;

/**
 * Reads the AES key from configuration, or generates a throwaway one where configuration allows it.
 */
final class KeyLoader {

    static final int KEY_BYTES = 32;

    private KeyLoader() {
    }

    static SecretKey load(CryptoConfig config) {
        String encoded = config.key()
                .filter(value -> !value.isBlank())
                .orElseGet(() -> readKeyFile(config));
        if (encoded == null) {
            return generateOrFail(config);
        }
        return decode(encoded.trim());
    }

    private static String readKeyFile(CryptoConfig config) {
        if (config.keyFile().isEmpty()) {
            return null;
        }
        Path file = Path.of(config.keyFile().get());
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the encryption key file " + file + ": " + e.getMessage());
        }
    }

    private static SecretKey generateOrFail(CryptoConfig config) {
        if (!config.generateIfMissing()) {
            throw new IllegalStateException("No encryption key configured: set CONNECTOR_AUTH_CRYPTO_KEY to a "
                    + "base64-encoded 32-byte key, or CONNECTOR_AUTH_CRYPTO_KEY_FILE to a file holding one");
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Log.warn("No encryption key configured: generated a throwaway key for this dev run. "
                + "Secrets stored now cannot be read after a restart unless CONNECTOR_AUTH_CRYPTO_KEY is set.");
        return new SecretKeySpec(key, "AES");
    }

    private static SecretKey decode(String encoded) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The encryption key is not valid base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("The encryption key must be " + KEY_BYTES + " bytes, got " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
