package io.connectorauth.crypto;

/**
 * A ciphertext with the key that wrote it: a tenant data key version for rows written under envelope encryption,
 * or, for rows written before tenant data keys existed, the KEK version that encrypted the row directly.
 */
public record EncryptedSecret(Integer kekVersion, Integer dekVersion, byte[] ciphertext) {

    public static EncryptedSecret underDataKey(int dekVersion, byte[] ciphertext) {
        return new EncryptedSecret(null, dekVersion, ciphertext);
    }

    @Override
    public String toString() {
        return "EncryptedSecret[kekVersion=" + kekVersion + ", dekVersion=" + dekVersion + ", bytes="
                + ciphertext.length + "]";
    }
}
