package io.connectorauth.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.logging.Log;

/**
 * Reads the KEKs from configuration, or generates a throwaway one where configuration allows it.
 */
final class KeyLoader {

    static final int KEY_BYTES = 32;

    private KeyLoader() {
    }

    /**
     * Returns the raw KEKs by version: the single-key settings as {@code key-version}, then {@code keks} and
     * {@code kek-files}. A version configured twice is rejected.
     */
    static TreeMap<Integer, byte[]> load(CryptoConfig config) {
        TreeMap<Integer, byte[]> keys = new TreeMap<>();
        String single = config.key()
                .filter(value -> !value.isBlank())
                .orElseGet(() -> config.keyFile().map(KeyLoader::readKeyFile).orElse(null));
        if (single != null) {
            keys.put(config.keyVersion(), decode(single.trim(), "connector-auth.crypto.key"));
        }
        addAll(keys, config.keks(), false);
        addAll(keys, config.kekFiles(), true);
        if (keys.isEmpty()) {
            keys.put(config.keyVersion(), generateOrFail(config));
        }
        return keys;
    }

    private static void addAll(TreeMap<Integer, byte[]> keys, Map<String, String> entries, boolean files) {
        entries.forEach((name, value) -> {
            int version = parseVersion(name);
            String setting = "connector-auth.crypto." + (files ? "kek-files." : "keks.") + name;
            String encoded = files ? readKeyFile(value) : value;
            if (keys.put(version, decode(encoded.trim(), setting)) != null) {
                throw new IllegalStateException("KEK version " + version + " is configured twice; remove " + setting
                        + " or the other setting of that version");
            }
        });
    }

    private static int parseVersion(String name) {
        try {
            int version = Integer.parseInt(name);
            if (version > 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // Reported below with the setting name.
        }
        throw new IllegalStateException("KEK version '" + name + "' is not a positive integer");
    }

    private static String readKeyFile(String name) {
        Path file = Path.of(name);
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the encryption key file " + file + ": " + e.getMessage());
        }
    }

    private static byte[] generateOrFail(CryptoConfig config) {
        if (!config.generateIfMissing()) {
            throw new IllegalStateException("No encryption key configured: set CONNECTOR_AUTH_CRYPTO_KEY to a "
                    + "base64-encoded 32-byte key, or CONNECTOR_AUTH_CRYPTO_KEY_FILE to a file holding one");
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Log.warn("No encryption key configured: generated a throwaway key for this dev run. "
                + "Secrets stored now cannot be read after a restart unless CONNECTOR_AUTH_CRYPTO_KEY is set.");
        return key;
    }

    private static byte[] decode(String encoded, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The encryption key of " + setting + " is not valid base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("The encryption key of " + setting + " must be " + KEY_BYTES
                    + " bytes, got " + key.length);
        }
        return key;
    }
}
