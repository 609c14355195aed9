package io.connectorauth.connector;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the bundled global catalog at start-up, after the Flyway migrations. It runs once on the main thread,
 * before the HTTP server takes requests, so the blocking JDBC connection that Flyway uses serves it too.
 */
@ApplicationScoped
public class CatalogSeeder {

    private static final String UPSERT = """
            INSERT INTO connector (id, tenant_id, name, slug, description, status, auth_types, auth_schemas,
                                   base_url, logo_url, tags, created_at, updated_at)
            VALUES (?, NULL, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, now(), now())
            ON CONFLICT (slug) WHERE tenant_id IS NULL DO UPDATE SET
                name = excluded.name, description = excluded.description, status = excluded.status,
                auth_types = excluded.auth_types, auth_schemas = excluded.auth_schemas,
                base_url = excluded.base_url, logo_url = excluded.logo_url, tags = excluded.tags,
                updated_at = now()
            WHERE (connector.name, connector.description, connector.status, connector.auth_types,
                   connector.auth_schemas, connector.base_url, connector.logo_url, connector.tags)
                IS DISTINCT FROM
                  (excluded.name, excluded.description, excluded.status, excluded.auth_types,
                   excluded.auth_schemas, excluded.base_url, excluded.logo_url, excluded.tags)
            """;

    @RegisterForReflection
    record SeedEntry(UUID id, String name, String slug, String description, String status, String baseUrl,
            String logoUrl, List<String> tags, Map<String, AuthSchema> authSchemas) {
    }

    void seed(@Observes StartupEvent event, CatalogConfig config, AgroalDataSource dataSource, ObjectMapper mapper) {
        if (!config.seed()) {
            return;
        }
        List<SeedEntry> entries = read(config.resource(), mapper);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int changed = upsert(connection, entries, mapper);
            connection.commit();
            Log.infof("Connector catalog: %d entries bundled, %d inserted or changed", entries.size(), changed);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Seeding the connector catalog failed: " + e.getMessage(), e);
        }
    }

    private static List<SeedEntry> read(String resource, ObjectMapper mapper) {
        try (InputStream input = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (input == null) {
                throw new IllegalStateException("Catalog resource " + resource + " is missing");
            }
            return mapper.readValue(input, new TypeReference<List<SeedEntry>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("Catalog resource " + resource + " is not valid: " + e.getMessage(), e);
        }
    }

    private static int upsert(Connection connection, List<SeedEntry> entries, ObjectMapper mapper)
            throws SQLException, IOException {
        int changed = 0;
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            for (SeedEntry entry : entries) {
                bind(statement, connection, entry, mapper);
                changed += statement.executeUpdate();
            }
        }
        return changed;
    }

    private static void bind(PreparedStatement statement, Connection connection, SeedEntry entry, ObjectMapper mapper)
            throws SQLException, IOException {
        Array authTypes = connection.createArrayOf("text", entry.authSchemas().keySet().toArray());
        Array tags = connection.createArrayOf("text", entry.tags().toArray());
        statement.setObject(1, entry.id());
        statement.setString(2, entry.name());
        statement.setString(3, entry.slug());
        statement.setString(4, entry.description());
        statement.setString(5, entry.status());
        statement.setArray(6, authTypes);
        statement.setString(7, mapper.writeValueAsString(entry.authSchemas()));
        statement.setString(8, entry.baseUrl());
        statement.setString(9, entry.logoUrl());
        statement.setArray(10, tags);
    }
}
