package io.connectorauth.connectorauth;

import java.util.Map;
import java.util.UUID;

/**
 * The plaintext secrets of one connector auth, returned only by the reveal endpoint. {@code toString} omits the
 * values.
 */
public record SecretsView(UUID id, String password, String authToken, String refreshToken, String authDetails,
        String apiEndpoint, Map<String, String> userInput) {

    static SecretsView of(UUID id, CredentialDraft draft) {
        return new SecretsView(id, draft.password, draft.authToken, draft.refreshToken, draft.authDetails,
                draft.apiEndpoint, Map.copyOf(draft.userInput));
    }

    @Override
    public String toString() {
        return "SecretsView[id=" + id + "]";
    }
}
