package io.connectorauth.connector;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /v1/connectors} and {@code PUT /v1/connectors/{id}}: a tenant's private connector. PUT
 * replaces the whole entry.
 */
public record ConnectorRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,99}", message = "must be 1 to 100 lower-case letters, digits or '-'") String slug,
        @Size(max = 2000) String description,
        @NotNull @Pattern(regexp = "active|draft|paused", message = "must be active, draft or paused") String status,
        @Size(max = 2048) String baseUrl,
        @Size(max = 2048) String logoUrl,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @NotEmpty @Size(max = 10) Map<@NotBlank String, @NotNull AuthSchema> authSchemas) {
}
