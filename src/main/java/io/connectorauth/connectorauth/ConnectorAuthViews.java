package io.connectorauth.connectorauth;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Builds API views from stored rows without decrypting anything: {@code secret_fields} names the secrets to mask.
 */
final class ConnectorAuthViews {

    private ConnectorAuthViews() {
    }

    static ConnectorAuthView of(ConnectorAuth entity) {
        Collection<String> secrets = entity.secretFields;
        return new ConnectorAuthView(
                entity.id,
                entity.connectorId,
                entity.name,
                entity.authType,
                mask(secrets, SecretPayload.AUTH_TOKEN),
                mask(secrets, SecretPayload.REFRESH_TOKEN),
                mask(secrets, SecretPayload.AUTH_DETAILS),
                endpoint(entity.apiEndpoint, secrets),
                userInput(entity.userInput, secrets),
                entity.username,
                mask(secrets, SecretPayload.PASSWORD),
                List.copyOf(entity.tags),
                entity.createdAt,
                entity.updatedAt,
                entity.createdBy,
                entity.updatedBy,
                entity.version,
                entity.ownerId,
                PermissionsView.of(entity));
    }

    static ConnectorAuthView of(Row row) {
        List<String> secrets = Arrays.asList(row.getArrayOfStrings("secret_fields"));
        return new ConnectorAuthView(
                row.getUUID("id"),
                row.getUUID("connector_id"),
                row.getString("name"),
                row.getString("auth_type"),
                mask(secrets, SecretPayload.AUTH_TOKEN),
                mask(secrets, SecretPayload.REFRESH_TOKEN),
                mask(secrets, SecretPayload.AUTH_DETAILS),
                endpoint(row.getString("api_endpoint"), secrets),
                userInput(stringMap(row.getJsonObject("user_input")), secrets),
                row.getString("username"),
                mask(secrets, SecretPayload.PASSWORD),
                List.of(row.getArrayOfStrings("tags")),
                row.getOffsetDateTime("created_at").toInstant(),
                row.getOffsetDateTime("updated_at").toInstant(),
                row.getString("created_by"),
                row.getString("updated_by"),
                row.getLong("version"),
                row.getString("owner_id"),
                permissions(row));
    }

    private static PermissionsView permissions(Row row) {
        return new PermissionsView(grant(row, "read"), grant(row, "update"), grant(row, "delete"),
                grant(row, "manage"));
    }

    private static GrantView grant(Row row, String prefix) {
        return GrantView.of(Grant.of(row.getBoolean(prefix + "_company"),
                List.of(row.getArrayOfStrings(prefix + "_users")), List.of(row.getArrayOfStrings(prefix + "_teams"))));
    }

    private static Map<String, String> stringMap(JsonObject json) {
        Map<String, String> values = new LinkedHashMap<>();
        if (json != null) {
            json.forEach(entry -> values.put(entry.getKey(), String.valueOf(entry.getValue())));
        }
        return values;
    }

    static String mask(Collection<String> secretFields, String name) {
        return secretFields.contains(name) ? SecretMask.VALUE : null;
    }

    static String endpoint(String withoutPassword, Collection<String> secretFields) {
        if (withoutPassword == null) {
            return null;
        }
        return ApiEndpoint.mask(withoutPassword, secretFields.contains(SecretPayload.API_ENDPOINT_PASSWORD));
    }

    static Map<String, String> userInput(Map<String, String> plain, Collection<String> secretFields) {
        Map<String, String> view = new LinkedHashMap<>(plain);
        for (String name : secretFields) {
            if (name.startsWith(SecretPayload.USER_INPUT_PREFIX)) {
                view.put(name.substring(SecretPayload.USER_INPUT_PREFIX.length()), SecretMask.VALUE);
            }
        }
        return view;
    }
}
