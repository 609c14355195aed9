package io.connectorauth.connectorauth;

/**
 * Size limits of credential fields, shared by the create and update requests.
 */
final class CredentialLimits {

    static final int NAME = 200;
    static final int AUTH_TYPE = 64;
    static final int USERNAME = 256;
    static final int PASSWORD = 4096;
    static final int TOKEN = 16384;
    static final int API_ENDPOINT = 2048;
    static final int TAGS = 50;
    static final int TAG = 100;
    static final int USER_INPUT_ENTRIES = 50;
    static final int USER_INPUT_KEY = 64;
    static final int USER_INPUT_VALUE = 4096;

    private CredentialLimits() {
    }
}
