package io.connectorauth.connectorauth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Names the fields that differ between two states of a credential, for the audit trail. Only names leave this
 * class, never values.
 */
final class DraftDiff {

    private DraftDiff() {
    }

    static Map<String, Object> snapshot(CredentialDraft draft) {
        Map<String, Object> values = new HashMap<>();
        values.put("connector_id", draft.connectorId);
        values.put("name", draft.name);
        values.put("auth_type", draft.authType);
        values.put("username", draft.username);
        values.put(SecretPayload.PASSWORD, draft.password);
        values.put(SecretPayload.AUTH_TOKEN, draft.authToken);
        values.put(SecretPayload.REFRESH_TOKEN, draft.refreshToken);
        values.put(SecretPayload.AUTH_DETAILS, draft.authDetails);
        values.put(SecretPayload.API_ENDPOINT_PASSWORD, draft.apiEndpoint);
        values.put("tags", List.copyOf(draft.tags));
        draft.userInput.forEach((key, value) -> values.put("user_input." + key, value));
        return values;
    }

    /**
     * Returns the sorted names of the fields whose values differ.
     */
    static List<String> changed(Map<String, Object> before, Map<String, Object> after) {
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        names.removeIf(name -> Objects.equals(before.get(name), after.get(name)));
        return new ArrayList<>(names);
    }

    /**
     * Returns the names of the permissions a request sets.
     */
    static List<String> permissionNames(PermissionsView requested) {
        List<String> names = new ArrayList<>();
        for (Permission permission : Permission.values()) {
            if (requested.get(permission) != null) {
                names.add("permissions." + permission.value());
            }
        }
        return names;
    }
}
