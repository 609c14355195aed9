package io.connectorauth.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

/**
 * AES-256-GCM encryption of credential secrets. The tenant id and the auth id are the associated data, so a
 * ciphertext copied onto another row or into another tenant fails to decrypt.
 */
@Startup
@ApplicationScoped
public class SecretCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT_LABEL = "connector-auth/secrets/v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKey key;
    private final int keyVersion;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(CryptoConfig config) {
        this.key = KeyLoader.load(config);
        this.keyVersion = config.keyVersion();
    }

    /**
     * Encrypts {@code plaintext} for one credential row under the current key.
     */
    public EncryptedSecret encrypt(byte[] plaintext, String tenantId, UUID authId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(tenantId, authId));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] output = ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return new EncryptedSecret(keyVersion, output);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * Decrypts a ciphertext written by {@link #encrypt} for the same tenant and auth id.
     *
     * @throws DecryptionFailedException when the key version is unknown or authentication fails
     */
    public byte[] decrypt(EncryptedSecret secret, String tenantId, UUID authId) {
        if (secret.keyVersion() != keyVersion) {
            throw new DecryptionFailedException("No key with version " + secret.keyVersion() + " is configured");
        }
        byte[] input = secret.ciphertext();
        if (input.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new DecryptionFailedException("Ciphertext is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, input, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(tenantId, authId));
            return cipher.doFinal(input, NONCE_BYTES, input.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new DecryptionFailedException("Ciphertext failed authentication for this row", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    /**
     * Derives a key for another purpose, such as signing list cursors, so one configured secret serves all.
     */
    public byte[] derivedKey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(("connector-auth/derived/" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private static byte[] associatedData(String tenantId, UUID authId) {
        byte[] tenant = tenantId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(CONTEXT_LABEL.length + 4 + tenant.length + 16)
                .put(CONTEXT_LABEL)
                .putInt(tenant.length)
                .put(tenant)
                .putLong(authId.getMostSignificantBits())
                .putLong(authId.getLeastSignificantBits())
                .array();
    }
}
