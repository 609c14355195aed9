package io.connectorauth.crypto;

import java.security.GeneralSecurityException;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;

/**
 * KEKs held in memory from configuration, each a Tink AES-256-GCM {@link Aead}. Wrapping is CPU-cheap, so it runs on
 * the calling thread.
 */
@Startup
@DefaultBean
@ApplicationScoped
public class LocalKekProvider implements KekProvider {

    private final Map<Integer, Aead> keks = new TreeMap<>();
    private final int primaryVersion;

    LocalKekProvider(CryptoConfig config) {
        TreeMap<Integer, byte[]> rawKeys = KeyLoader.load(config);
        try {
            for (Map.Entry<Integer, byte[]> entry : rawKeys.entrySet()) {
                keks.put(entry.getKey(), new AesGcmJce(entry.getValue()));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
        this.primaryVersion = config.primaryKekVersion().orElse(rawKeys.lastKey());
        if (!keks.containsKey(primaryVersion)) {
            throw new IllegalStateException("The primary KEK version " + primaryVersion + " is not configured; "
                    + "configured versions are " + keks.keySet());
        }
    }

    @Override
    public int primaryVersion() {
        return primaryVersion;
    }

    @Override
    public SortedSet<Integer> versions() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(keks.keySet()));
    }

    @Override
    public Uni<byte[]> wrap(int version, byte[] key, byte[] associatedData) {
        return Uni.createFrom().item(() -> encrypt(version, key, associatedData));
    }

    @Override
    public Uni<byte[]> unwrap(int version, byte[] wrappedKey, byte[] associatedData) {
        return Uni.createFrom().item(() -> decrypt(version, wrappedKey, associatedData));
    }

    private Aead kek(int version) {
        Aead kek = keks.get(version);
        if (kek == null) {
            throw new DecryptionFailedException("No KEK with version " + version + " is configured");
        }
        return kek;
    }

    private byte[] encrypt(int version, byte[] key, byte[] associatedData) {
        try {
            return kek(version).encrypt(key, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Wrapping a data key failed", e);
        }
    }

    private byte[] decrypt(int version, byte[] wrappedKey, byte[] associatedData) {
        try {
            return kek(version).decrypt(wrappedKey, associatedData);
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailedException("A wrapped data key failed authentication under KEK version "
                    + version, e);
        }
    }
}
