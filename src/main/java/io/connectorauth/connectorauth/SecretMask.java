package io.connectorauth.connectorauth;

/**
 * The fixed placeholder that responses show for a secret that has a value. A request that sends it back keeps
 * the stored secret, so a read-edit-write round trip loses nothing.
 */
public final class SecretMask {

    public static final String VALUE = "********";

    private SecretMask() {
    }

    static boolean isMask(String value) {
        return VALUE.equals(value);
    }
}
