package io.connectorauth.crypto;

/**
 * A ciphertext ({@code nonce || ciphertext || tag}) with the version of the key that wrote it.
 */
public record EncryptedSecret(int keyVersion, byte[] ciphertext) {

    @Override
    public String toString() {
        return "EncryptedSecret[keyVersion=" + keyVersion + ", bytes=" + ciphertext.length + "]";
    }
}
