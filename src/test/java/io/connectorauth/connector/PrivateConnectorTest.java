package io.connectorauth.connector;

import static io.connectorauth.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.Concurrently;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Private connectors that account admins add for their tenant, next to the read-only global catalog.
 */
@QuarkusTest
class PrivateConnectorTest {

    private static final String CONNECTORS = "/v1/connectors";

    private static TestTokens tenantAdmin() {
        return TestTokens.forNewTenant().admin().scopes("connector_auth connectors");
    }

    private static Map<String, Object> connectorBody(String slug) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Internal ERP");
        body.put("slug", slug);
        body.put("description", "The tenant's own ERP system");
        body.put("status", "active");
        body.put("base_url", "https://erp.example.com/api");
        body.put("logo_url", null);
        body.put("tags", List.of("erp"));
        body.put("auth_schemas", Map.of("api_key", Map.of("fields", List.of(
                Map.of("name", "auth_token", "required", true, "secret", true),
                Map.of("name", "client_code", "required", true, "secret", false, "pattern", "[A-Z]{3}")))));
        return body;
    }

    private static String create(TestTokens admin, String slug) {
        return as(admin).body(connectorBody(slug))
                .post(CONNECTORS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void concurrentDeletesOfPrivateConnectorsAllSucceed() throws Exception {
        TestTokens admin = tenantAdmin();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(create(admin, "erp-" + i));
        }
        List<Supplier<Integer>> deletes = new ArrayList<>();
        for (String id : ids) {
            deletes.add(() -> as(admin).delete(CONNECTORS + "/" + id).statusCode());
        }

        List<Integer> results = Concurrently.statuses(deletes);

        assertEquals(6, results.stream().filter(status -> status == 204).count(), "204 answers in " + results);
    }

    @Test
    void adminCreatesPrivateConnector() {
        TestTokens admin = tenantAdmin();
        String id = create(admin, "erp");

        as(admin).get(CONNECTORS + "/" + id)
                .then()
                .statusCode(200)
                .body("global", equalTo(false))
                .body("auth_types", equalTo(List.of("api_key")));
    }

    @Test
    void otherTenantCannotSeePrivateConnector() {
        String id = create(tenantAdmin(), "erp");
        TestTokens other = tenantAdmin();

        as(other).get(CONNECTORS + "/" + id)
                .then()
                .statusCode(404);
        as(other).queryParam("filter", "slug,eq,erp").get(CONNECTORS)
                .then()
                .statusCode(200)
                .body("id", not(hasItem(id)));
        as(other).body(connectorBody("erp")).put(CONNECTORS + "/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void authUsesPrivateConnectorSchema() {
        TestTokens admin = tenantAdmin();
        String id = create(admin, "erp");
        Map<String, Object> body = Map.of("connector_id", id, "name", "ERP login", "auth_type", "api_key",
                "auth_token", "secret-token", "user_input", Map.of("client_code", "ABC"));

        as(admin).body(body)
                .post(Api.AUTHS)
                .then()
                .statusCode(201)
                .body("auth_token", equalTo("********"));
        as(TestTokens.forNewTenant()).body(body)
                .post(Api.AUTHS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("connector_id"));
    }

    @Test
    void deletingUsedConnectorConflicts() {
        TestTokens admin = tenantAdmin();
        String id = create(admin, "erp");
        as(admin).body(Map.of("connector_id", id, "name", "ERP login", "auth_type", "api_key", "auth_token", "t",
                "user_input", Map.of("client_code", "ABC")))
                .post(Api.AUTHS)
                .then()
                .statusCode(201);

        as(admin).delete(CONNECTORS + "/" + id)
                .then()
                .statusCode(409);
    }

    @Test
    void deletingUnusedConnectorSucceeds() {
        TestTokens admin = tenantAdmin();
        String id = create(admin, "erp");

        as(admin).delete(CONNECTORS + "/" + id)
                .then()
                .statusCode(204);
        as(admin).get(CONNECTORS + "/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void globalConnectorIsReadOnly() {
        TestTokens admin = tenantAdmin();
        String sftp = Api.connectorId(admin, "sftp");

        as(admin).body(connectorBody("sftp-copy")).put(CONNECTORS + "/" + sftp)
                .then()
                .statusCode(403);
        as(admin).delete(CONNECTORS + "/" + sftp)
                .then()
                .statusCode(403);
    }

    @Test
    void nonAdminCannotCreate() {
        as(TestTokens.forNewTenant().scopes("connectors")).body(connectorBody("erp"))
                .post(CONNECTORS)
                .then()
                .statusCode(403);
    }

    @Test
    void adminWithoutConnectorsScopeCannotCreate() {
        as(TestTokens.forNewTenant().admin().scopes("connector_auth connectors:view")).body(connectorBody("erp"))
                .post(CONNECTORS)
                .then()
                .statusCode(403);
    }

    @Test
    void globalSlugIsTaken() {
        as(tenantAdmin()).body(connectorBody("sftp"))
                .post(CONNECTORS)
                .then()
                .statusCode(409);
    }

    @Test
    void secretFieldMustBeMarkedSecret() {
        Map<String, Object> body = connectorBody("erp");
        body.put("auth_schemas", Map.of("api_key", Map.of("fields", List.of(
                Map.of("name", "auth_token", "required", true, "secret", false)))));

        as(tenantAdmin()).body(body)
                .post(CONNECTORS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("auth_schemas.api_key.fields[0].secret"));
    }

    @Test
    void unknownAuthTypeIsRejected() {
        Map<String, Object> body = connectorBody("erp");
        body.put("auth_schemas", Map.of("magic", Map.of("fields", List.of())));

        as(tenantAdmin()).body(body)
                .post(CONNECTORS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("auth_schemas.magic"));
    }

    @Test
    void catalogReadNeedsScope() {
        as(TestTokens.forNewTenant().scopes("connector_auth")).get(CONNECTORS + "/" + UUID.randomUUID())
                .then()
                .statusCode(403);
    }
}
