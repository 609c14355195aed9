package io.connectorauth.connectorauth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.connectorauth.common.ListParams;
import io.connectorauth.common.ListQueryRunner;
import io.connectorauth.common.ListSql;
import io.connectorauth.security.Caller;
import io.connectorauth.security.Scope;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Shows with EXPLAIN that list queries on a large tenant use an index rather than a sequential scan. It loads
 * 1,000,000 auths (100,000 in one tenant, the rest over 999 tenants; nine in ten readable by the whole company)
 * into a scratch schema built by the real migrations, plans the exact SQL the list endpoint renders for a member
 * who is not an admin, and drops the schema afterwards.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListIndexUsageTest {

    private static final String SCHEMA = "list_index_usage";
    private static final String BIG_TENANT = "big-tenant";
    private static final int RUNS_BEFORE_PLAN = 8;
    private static final String[] MIGRATIONS = {"V1__catalog_and_credentials.sql", "V2__list_indexes.sql"};

    @Inject
    Pool pool;

    @BeforeAll
    void loadDataset() throws IOException {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        execute("CREATE SCHEMA " + SCHEMA);
        for (String migration : migrations()) {
            execute(readMigration(migration));
        }
        UUID connectorId = UUID.randomUUID();
        execute("INSERT INTO connector (id, name, slug, status, auth_types, auth_schemas) VALUES ('" + connectorId
                + "', 'SFTP', 'sftp', 'active', '{username_password}', '{}')");
        execute(datasetInsert(connectorId));
        execute("ANALYZE connector_auth");
    }

    @AfterAll
    void dropDataset() {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    /**
     * Returns each list query with the index its plan must use, and whether that index also delivers the order. A
     * common value such as {@code %ft%} (a tenth of the tenant) is served best by walking the sort index until the
     * page is full; a rare one by the GIN index, after which sorting the few matches is cheap.
     */
    static List<Arguments> listQueries() {
        return List.of(
                Arguments.of(Map.of("filter", "name,like,\"%ft%\""), "connector_auth_tenant_created_idx", true),
                Arguments.of(Map.of("filter", "name,like,\"%ft 99999%\""), "connector_auth_tenant_name_trgm_idx",
                        false),
                Arguments.of(Map.of("filter", "tags,any,tag-7"), "connector_auth_tenant_created_idx", true),
                Arguments.of(Map.of("filter", "tags,any,tag-none"), "connector_auth_tenant_tags_idx", false),
                Arguments.of(Map.of("filter", "auth_type,eq,oauth2"), "connector_auth_tenant_auth_type_idx", true),
                Arguments.of(Map.of(), "connector_auth_tenant_created_idx", true),
                Arguments.of(Map.of("sort", "-name"), "connector_auth_tenant_name_idx", true));
    }

    @ParameterizedTest
    @MethodSource("listQueries")
    void listQueryUsesIndex(Map<String, String> query, String expectedIndex, boolean orderedByIndex) {
        ListParams params = new ListParams();
        params.filter = query.containsKey("filter") ? List.of(query.get("filter")) : null;
        params.sort = query.get("sort");
        Caller member = new Caller(BIG_TENANT, "member", null, false, List.of("team-1"), Set.of(Scope.CONNECTOR_AUTH));
        ListSql sql = ListSql.render(ConnectorAuthQueries.LIST, AccessPolicy.readableCondition(member),
                AccessPolicy.readableParams(member), params, (cursor, sort) -> List.of());

        JsonObject plan = explain(sql.page().sql(), sql.page().params());
        List<String> nodes = new ArrayList<>();
        collectScans(plan.getJsonObject("Plan"), nodes);

        assertFalse(nodes.stream().anyMatch(node -> node.startsWith("Seq Scan")), () -> query + " planned " + nodes);
        assertTrue(nodes.stream().anyMatch(node -> node.endsWith("using " + expectedIndex)),
                () -> query + " planned " + nodes);
        if (orderedByIndex) {
            assertFalse(nodes.stream().anyMatch(node -> node.endsWith("Sort")), () -> query + " sorts: " + nodes);
        }
    }

    /**
     * Plans the query as the list endpoint runs it: a statement prepared once per connection and run again and
     * again, under the plan setting of {@link ListQueryRunner}. PostgreSQL may switch a statement to a generic plan
     * from its sixth run, so the plan is read after {@value #RUNS_BEFORE_PLAN} runs.
     */
    private JsonObject explain(String sql, List<Object> params) {
        String arguments = params.stream().map(ListIndexUsageTest::literal).collect(Collectors.joining(", "));
        String execute = "EXECUTE list_page(" + arguments + ")";
        Row row = pool.withTransaction(connection -> connection.query("SET LOCAL search_path TO " + SCHEMA + ", public")
                .execute()
                .flatMap(ignored -> connection.query(ListQueryRunner.CUSTOM_PLANS).execute())
                .flatMap(ignored -> connection.query("PREPARE list_page AS " + sql).execute())
                .flatMap(ignored -> Multi.createFrom().range(0, RUNS_BEFORE_PLAN)
                        .onItem().transformToUniAndConcatenate(run -> connection.query(execute).execute())
                        .collect().last())
                .flatMap(ignored -> connection.query("EXPLAIN (FORMAT JSON) " + execute).execute())
                .call(ignored -> connection.query("DEALLOCATE list_page").execute()))
                .await()
                .indefinitely()
                .iterator()
                .next();
        Object value = row.getValue(0);
        JsonArray plans = value instanceof JsonArray array ? array : new JsonArray(value.toString());
        return plans.getJsonObject(0);
    }

    /**
     * Renders a parameter of this test's own queries as an SQL literal for {@code EXECUTE}.
     */
    private static String literal(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(ListIndexUsageTest::literal)
                    .collect(Collectors.joining(", ", "ARRAY[", "]::text[]"));
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    private static void collectScans(JsonObject node, List<String> into) {
        String type = node.getString("Node Type");
        String relation = node.getString("Relation Name");
        String index = node.getString("Index Name");
        into.add(type + (relation == null ? "" : " on " + relation) + (index == null ? "" : " using " + index));
        JsonArray children = node.getJsonArray("Plans");
        if (children != null) {
            for (int i = 0; i < children.size(); i++) {
                collectScans(children.getJsonObject(i), into);
            }
        }
    }

    private void execute(String sql) {
        pool.withConnection(connection -> connection.query("SET search_path TO " + SCHEMA + ", public")
                .execute()
                .flatMap(ignored -> connection.query(sql).execute()))
                .await()
                .indefinitely();
    }

    /**
     * Returns the versioned migrations in the order Flyway applies them.
     */
    private static List<String> migrations() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(URI.create(
                ListIndexUsageTest.class.getResource("/db/migration").toString())))) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))))
                    .toList();
        }
    }

    private static String readMigration(String name) throws IOException {
        try (InputStream input = ListIndexUsageTest.class.getResourceAsStream("/db/migration/" + name)) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Returns an INSERT of 1,000,000 auths with realistic names and tags: 100,000 in one tenant, 900,000 spread
     * over 999 others.
     */
    private static String datasetInsert(UUID connectorId) {
        return """
                INSERT INTO connector_auth (id, tenant_id, connector_id, name, auth_type, username, user_input, tags,
                                            secret_fields, created_by, updated_by, created_at, updated_at, version,
                                            owner_id, read_company)
                SELECT gen_random_uuid(),
                       CASE WHEN g <= 100000 THEN '%s' ELSE 'tenant-' || (g %% 999) END,
                       '%s',
                       (ARRAY['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka'])[1 + g %% 8]
                           || ' ' || (ARRAY['SFTP', 'Salesforce', 'HubSpot', 'Stripe', 'Slack', 'Zendesk',
                                            'Shopify', 'S3', 'Postgres', 'Drive'])[1 + (g / 8) %% 10]
                           || ' ' || g,
                       (ARRAY['username_password', 'basic_auth', 'api_key', 'oauth2'])[1 + g %% 4],
                       'user' || g, '{}', ARRAY['tag-' || (g %% 50), 'env-' || (g %% 3)], '{}',
                       'loader', 'loader', now() - g * interval '1 second', now(), 0,
                       'loader', g %% 10 <> 0
                FROM generate_series(1, 1000000) AS g
                """.formatted(BIG_TENANT, connectorId);
    }
}
