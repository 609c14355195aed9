package io.connectorauth.connectorauth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.connectorauth.common.FieldViolation;

/**
 * Applies an update to a stored credential: absent properties keep their value, null or empty clears, and the
 * mask keeps the stored secret. Also rejects the mask where no stored secret exists to stand for.
 */
final class CredentialChanges {

    private static final String MASK_WITHOUT_VALUE = "is the mask but no secret is stored; send the secret itself";

    private CredentialChanges() {
    }

    /**
     * Returns the violations of a new credential that sent the mask instead of a secret.
     */
    static List<FieldViolation> masksInNew(CredentialDraft draft) {
        List<FieldViolation> violations = new ArrayList<>();
        maskCheck("password", draft.password, null, violations);
        maskCheck("auth_token", draft.authToken, null, violations);
        maskCheck("refresh_token", draft.refreshToken, null, violations);
        maskCheck("auth_details", draft.authDetails, null, violations);
        if (draft.apiEndpoint != null) {
            endpoint(draft.apiEndpoint, null, violations);
        }
        userInput(draft.userInput, Map.of(), violations);
        return violations;
    }

    /**
     * Merges {@code request} into {@code stored} in place. Returns the violations of mask use, and the secrets that
     * must be sent again because the credential now points to another connector or endpoint.
     */
    static List<FieldViolation> apply(UpdateConnectorAuthRequest request, CredentialDraft stored) {
        String previousDestination = destination(stored);
        Map<String, String> previousSecrets = secretsOf(stored);
        List<FieldViolation> violations = new ArrayList<>();

        applyPlainFields(request, stored);
        stored.password = secret(request, "password", request.getPassword(), stored.password, stored.password,
                violations);
        stored.authToken = secret(request, "auth_token", request.getAuthToken(), stored.authToken, stored.authToken,
                violations);
        stored.refreshToken = secret(request, "refresh_token", request.getRefreshToken(), stored.refreshToken,
                stored.refreshToken, violations);
        stored.authDetails = secret(request, "auth_details", request.getAuthDetails(), stored.authDetails,
                stored.authDetails, violations);
        if (request.has("api_endpoint")) {
            stored.apiEndpoint = endpoint(request.getApiEndpoint(), stored.apiEndpoint, violations);
        }
        if (request.has("user_input")) {
            stored.userInput = userInput(request.getUserInput(), stored.userInput, violations);
        }

        if (!destination(stored).equals(previousDestination)) {
            requireFreshSecrets(previousSecrets, secretsOf(stored), sentSecrets(request), violations);
        }
        return violations;
    }

    private static void applyPlainFields(UpdateConnectorAuthRequest request, CredentialDraft stored) {
        if (request.has("connector_id")) {
            stored.connectorId = request.getConnectorId();
        }
        if (request.has("name")) {
            stored.name = CredentialDraft.trimToNull(request.getName());
        }
        if (request.has("auth_type")) {
            stored.authType = CredentialDraft.trimToNull(request.getAuthType());
        }
        if (request.has("username")) {
            stored.username = CredentialDraft.emptyToNull(request.getUsername());
        }
        if (request.has("tags")) {
            stored.tags = CredentialDraft.normalizeTags(request.getTags());
        }
    }

    /**
     * Returns where the credential is used: its connector and the scheme, host and port of its endpoint.
     */
    private static String destination(CredentialDraft draft) {
        ApiEndpoint endpoint = draft.apiEndpoint == null ? null : ApiEndpoint.parse(draft.apiEndpoint);
        return draft.connectorId + " " + (endpoint == null ? draft.apiEndpoint : endpoint.origin());
    }

    /**
     * Rejects secrets carried over unchanged to a new destination. A caller allowed to update a credential must not
     * be able to point it at their own server and have the stored password sent there.
     */
    private static void requireFreshSecrets(Map<String, String> before, Map<String, String> after, Set<String> sent,
            List<FieldViolation> violations) {
        before.forEach((field, value) -> {
            if (value.equals(after.get(field)) && !sent.contains(field)) {
                violations.add(new FieldViolation(field, "must be sent again because the credential now points "
                        + "to another connector or endpoint"));
            }
        });
    }

    /**
     * Returns the secret fields this request sends with a real value, neither absent nor the mask.
     */
    private static Set<String> sentSecrets(UpdateConnectorAuthRequest request) {
        Set<String> sent = new HashSet<>();
        addIfSent(sent, request, "password", request.getPassword());
        addIfSent(sent, request, "auth_token", request.getAuthToken());
        addIfSent(sent, request, "refresh_token", request.getRefreshToken());
        addIfSent(sent, request, "auth_details", request.getAuthDetails());
        ApiEndpoint endpoint = request.getApiEndpoint() == null ? null : ApiEndpoint.parse(request.getApiEndpoint());
        if (endpoint != null) {
            addIfSent(sent, request, "api_endpoint", endpoint.password());
        }
        if (request.getUserInput() != null) {
            request.getUserInput().forEach((key, value) -> addIfSent(sent, request, "user_input", value, key));
        }
        return sent;
    }

    private static void addIfSent(Set<String> sent, UpdateConnectorAuthRequest request, String field, String value) {
        if (request.has(field) && value != null && !value.isEmpty() && !SecretMask.isMask(value)) {
            sent.add(field);
        }
    }

    private static void addIfSent(Set<String> sent, UpdateConnectorAuthRequest request, String field, String value,
            String key) {
        if (request.has(field) && value != null && !value.isEmpty() && !SecretMask.isMask(value)) {
            sent.add(field + "." + key);
        }
    }

    private static Map<String, String> secretsOf(CredentialDraft draft) {
        Map<String, String> secrets = new LinkedHashMap<>();
        SecretPayload.putIfSet(secrets, "password", draft.password);
        SecretPayload.putIfSet(secrets, "auth_token", draft.authToken);
        SecretPayload.putIfSet(secrets, "refresh_token", draft.refreshToken);
        SecretPayload.putIfSet(secrets, "auth_details", draft.authDetails);
        ApiEndpoint endpoint = draft.apiEndpoint == null ? null : ApiEndpoint.parse(draft.apiEndpoint);
        if (endpoint != null) {
            SecretPayload.putIfSet(secrets, "api_endpoint", endpoint.password());
        }
        for (String key : draft.sealedUserInputKeys) {
            SecretPayload.putIfSet(secrets, "user_input." + key, draft.userInput.get(key));
        }
        return secrets;
    }

    private static String secret(UpdateConnectorAuthRequest request, String field, String sent, String stored,
            String current, List<FieldViolation> violations) {
        if (!request.has(field)) {
            return current;
        }
        return maskCheck(field, CredentialDraft.emptyToNull(sent), stored, violations);
    }

    private static String maskCheck(String field, String value, String stored, List<FieldViolation> violations) {
        if (!SecretMask.isMask(value)) {
            return value;
        }
        if (stored == null) {
            violations.add(new FieldViolation(field, MASK_WITHOUT_VALUE));
        }
        return stored;
    }

    private static String endpoint(String sent, String stored, List<FieldViolation> violations) {
        String value = CredentialDraft.emptyToNull(sent);
        ApiEndpoint endpoint = value == null ? null : ApiEndpoint.parse(value);
        if (endpoint == null || !SecretMask.isMask(endpoint.password())) {
            return value;
        }
        ApiEndpoint storedEndpoint = stored == null ? null : ApiEndpoint.parse(stored);
        if (storedEndpoint == null || storedEndpoint.password() == null) {
            violations.add(new FieldViolation("api_endpoint", "contains the mask as its password but no password "
                    + "is stored; send the password itself"));
            return value;
        }
        return endpoint.withStoredPassword(storedEndpoint.password()).full();
    }

    private static Map<String, String> userInput(Map<String, String> sent, Map<String, String> stored,
            List<FieldViolation> violations) {
        Map<String, String> result = new LinkedHashMap<>();
        CredentialDraft.userInputOf(sent).forEach((key, value) -> {
            if (!SecretMask.isMask(value)) {
                result.put(key, value);
            } else if (stored.containsKey(key)) {
                result.put(key, stored.get(key));
            } else {
                violations.add(new FieldViolation("user_input." + key, MASK_WITHOUT_VALUE));
            }
        });
        return result;
    }
}
