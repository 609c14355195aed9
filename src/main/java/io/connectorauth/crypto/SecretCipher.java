package io.connectorauth.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;

/**
 * Envelope encryption of credential secrets under the tenant's data key. The tenant id and the auth id are the
 * associated data, so a ciphertext copied onto another row or into another tenant fails to decrypt.
 */
@Startup
@ApplicationScoped
public class SecretCipher {

    private static final byte[] CONTEXT_LABEL = "connector-auth/secrets/v1".getBytes(StandardCharsets.UTF_8);

    private final DataKeys dataKeys;
    /** KEKs by version for rows that were encrypted directly under a KEK, before tenant data keys existed. */
    private final Map<Integer, Aead> legacyKeks = new TreeMap<>();
    private final byte[] derivationKey;

    SecretCipher(DataKeys dataKeys, CryptoConfig config) {
        this.dataKeys = dataKeys;
        TreeMap<Integer, byte[]> keys = KeyLoader.load(config);
        try {
            for (Map.Entry<Integer, byte[]> entry : keys.entrySet()) {
                legacyKeks.put(entry.getKey(), new AesGcmJce(entry.getValue()));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
        this.derivationKey = keys.firstEntry().getValue();
    }

    /**
     * Encrypts {@code plaintext} for one credential row under the tenant's primary data key, making that key on
     * first use. Runs on the current Hibernate Reactive session.
     */
    public Uni<EncryptedSecret> encrypt(byte[] plaintext, String tenantId, UUID authId) {
        return dataKeys.primary(tenantId)
                .map(key -> EncryptedSecret.underDataKey(key.version(),
                        seal(key.aead(), plaintext, associatedData(tenantId, authId))));
    }

    /**
     * Decrypts a ciphertext written by {@link #encrypt}, or by the single-key cipher of earlier releases, for the
     * same tenant and auth id. Runs on the current Hibernate Reactive session.
     *
     * @throws DecryptionFailedException when the key version is unknown or authentication fails
     * @throws KeysDestroyedException when the tenant's data key was destroyed
     */
    public Uni<byte[]> decrypt(EncryptedSecret secret, String tenantId, UUID authId) {
        byte[] associatedData = associatedData(tenantId, authId);
        if (secret.dekVersion() == null) {
            return Uni.createFrom().item(() -> open(legacyKek(secret.kekVersion()), secret, associatedData));
        }
        return dataKeys.find(tenantId, secret.dekVersion())
                .map(aead -> open(aead, secret, associatedData));
    }

    /**
     * Derives a key for another purpose, such as signing list cursors, from the KEK of the lowest configured
     * version, so that adding a KEK does not invalidate cursors.
     */
    public byte[] derivedKey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(derivationKey, "HmacSHA256"));
            return mac.doFinal(("connector-auth/derived/" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private Aead legacyKek(Integer version) {
        Aead kek = version == null ? null : legacyKeks.get(version);
        if (kek == null) {
            throw new DecryptionFailedException("No KEK with version " + version + " is configured");
        }
        return kek;
    }

    private static byte[] seal(Aead aead, byte[] plaintext, byte[] associatedData) {
        try {
            return aead.encrypt(plaintext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private static byte[] open(Aead aead, EncryptedSecret secret, byte[] associatedData) {
        try {
            return aead.decrypt(secret.ciphertext(), associatedData);
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailedException("Ciphertext failed authentication for this row", e);
        }
    }

    static byte[] associatedData(String tenantId, UUID authId) {
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
