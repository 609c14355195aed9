package io.connectorauth.crypto;

/**
 * A ciphertext failed authentication: wrong key, wrong associated data (another tenant's or another row's
 * ciphertext) or tampering. The message never contains key material or plaintext.
 */
public class DecryptionFailedException extends RuntimeException {

    public DecryptionFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public DecryptionFailedException(String message) {
        super(message);
    }
}
