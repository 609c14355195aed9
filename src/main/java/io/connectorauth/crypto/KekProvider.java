package io.connectorauth.crypto;

import java.util.SortedSet;

import io.smallrye.mutiny.Uni;

/**
 * Wraps and unwraps tenant data keys with versioned key encryption keys (KEKs). The local provider keeps the KEKs
 * in memory; a remote KMS, such as Vault transit, can implement this interface without changes to its callers.
 * Implementations must not block the calling thread.
 */
public interface KekProvider {

    /**
     * Returns the version that wraps new data keys.
     */
    int primaryVersion();

    /**
     * Returns every version that can unwrap.
     */
    SortedSet<Integer> versions();

    /**
     * Encrypts a serialized data key under the KEK of {@code version}, bound to {@code associatedData}.
     */
    Uni<byte[]> wrap(int version, byte[] key, byte[] associatedData);

    /**
     * Decrypts a data key wrapped by {@link #wrap}.
     *
     * @throws DecryptionFailedException when the version is unknown or the wrapped key fails authentication
     */
    Uni<byte[]> unwrap(int version, byte[] wrappedKey, byte[] associatedData);
}
