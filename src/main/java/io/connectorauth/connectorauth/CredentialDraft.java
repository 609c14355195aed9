package io.connectorauth.connectorauth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A credential with every value in plain text, as it exists in memory between a request and the database. It
 * never leaves the service layer, and {@link #toString()} names no value.
 */
final class CredentialDraft {

    UUID connectorId;
    String name;
    String authType;
    String username;
    /** The full endpoint URL, password included. */
    String apiEndpoint;
    Map<String, String> userInput = new LinkedHashMap<>();
    /**
     * user_input keys that were stored sealed. They stay sealed even if the connector's schema later stops marking
     * them secret, or the credential moves to a connector that doesn't, so a secret never turns into plain text.
     */
    Set<String> sealedUserInputKeys = new HashSet<>();
    List<String> tags = new ArrayList<>();
    String password;
    String authToken;
    String refreshToken;
    String authDetails;

    static CredentialDraft from(CreateConnectorAuthRequest request) {
        CredentialDraft draft = new CredentialDraft();
        draft.connectorId = request.connectorId();
        draft.name = trimToNull(request.name());
        draft.authType = trimToNull(request.authType());
        draft.username = emptyToNull(request.username());
        draft.apiEndpoint = emptyToNull(request.apiEndpoint());
        draft.userInput = userInputOf(request.userInput());
        draft.tags = normalizeTags(request.tags());
        draft.password = emptyToNull(request.password());
        draft.authToken = emptyToNull(request.authToken());
        draft.refreshToken = emptyToNull(request.refreshToken());
        draft.authDetails = emptyToNull(request.authDetails());
        return draft;
    }

    static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Map<String, String> userInputOf(Map<String, String> values) {
        Map<String, String> result = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((key, value) -> {
                if (value != null && !value.isEmpty()) {
                    result.put(key, value);
                }
            });
        }
        return result;
    }

    /**
     * Trims tags and drops blanks and duplicates, keeping the first occurrence's position.
     */
    static List<String> normalizeTags(List<String> tags) {
        if (tags == null) {
            return new ArrayList<>();
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                unique.add(tag.trim());
            }
        }
        return new ArrayList<>(unique);
    }

    @Override
    public String toString() {
        return "CredentialDraft[connectorId=" + connectorId + ", authType=" + authType + "]";
    }
}
