package io.connectorauth.connectorauth;

import java.util.Map;
import java.util.TreeMap;

/**
 * Names under which secret values are sealed together into one ciphertext per row.
 */
final class SecretPayload {

    static final String PASSWORD = "password";
    static final String AUTH_TOKEN = "auth_token";
    static final String REFRESH_TOKEN = "refresh_token";
    static final String AUTH_DETAILS = "auth_details";
    /** The password part of {@code api_endpoint}. */
    static final String API_ENDPOINT_PASSWORD = "api_endpoint";
    static final String USER_INPUT_PREFIX = "user_input.";

    private SecretPayload() {
    }

    static void putIfSet(Map<String, String> secrets, String name, String value) {
        if (value != null) {
            secrets.put(name, value);
        }
    }

    static Map<String, String> sorted() {
        return new TreeMap<>();
    }
}
