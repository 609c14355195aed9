package io.connectorauth.connector;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A catalog entry as the API returns it. {@code global} is false for a tenant's private connector.
 */
public record ConnectorView(
        UUID id,
        String name,
        String slug,
        String description,
        String status,
        List<String> authTypes,
        Map<String, AuthSchema> authSchemas,
        String baseUrl,
        String logoUrl,
        List<String> tags,
        boolean global,
        Instant createdAt,
        Instant updatedAt) {

    static ConnectorView of(Connector connector) {
        return new ConnectorView(
                connector.id,
                connector.name,
                connector.slug,
                connector.description,
                connector.status,
                List.copyOf(connector.authTypes),
                connector.authSchemas,
                connector.baseUrl,
                connector.logoUrl,
                List.copyOf(connector.tags),
                connector.tenantId == null,
                connector.createdAt,
                connector.updatedAt);
    }
}
