package io.connectorauth.connectorauth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A connector auth as the API returns it. Secret fields show {@link SecretMask#VALUE} when set and null when not,
 * and {@code api_endpoint} shows its password masked.
 */
public record ConnectorAuthView(
        UUID id,
        UUID connectorId,
        String name,
        String authType,
        String authToken,
        String refreshToken,
        String authDetails,
        String apiEndpoint,
        Map<String, String> userInput,
        String username,
        String password,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        String createdBy,
        String updatedBy,
        long version,
        String ownerId,
        PermissionsView permissions) {
}
