package io.connectorauth.connectorauth;

import static io.connectorauth.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Secrets stay bound to where a credential points: moving it to another host or connector needs the secrets again,
 * and a value once sealed never turns into plain text.
 */
@QuarkusTest
class CredentialDestinationTest {

    private static final String CONNECTORS = "/v1/connectors";
    private static final String CLIENT_SECRET = "client-secret-" + UUID.randomUUID();

    @Inject
    Pool pool;

    @Test
    void maskedEndpointToOtherHostIsRejected() {
        TestTokens token = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(token, Map.of());

        as(token).body(Map.of("api_endpoint", "sftp://user:********@attacker.example/loot"))
                .put(Api.AUTHS + "/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("api_endpoint"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void otherHostWithFreshSecretsIsAccepted() {
        TestTokens token = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(token, Map.of());

        as(token).body(Map.of("api_endpoint", "sftp://user:new-pass@other.example/path", "password", "new-pw"))
                .put(Api.AUTHS + "/" + id)
                .then()
                .statusCode(200)
                .body("api_endpoint", equalTo("sftp://user:********@other.example/path"));
    }

    @Test
    void sameHostWithMaskKeepsPassword() {
        TestTokens token = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(token, Map.of());

        as(token).body(Map.of("api_endpoint", "sftp://other-user:********@server_ip/other/path"))
                .put(Api.AUTHS + "/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void connectorChangeNeedsSecretsAgain() {
        TestTokens token = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(token, Map.of());
        String ftp = Api.connectorId(token, "ftp");

        as(token).body(Map.of("connector_id", ftp, "api_endpoint", "ftp://user:********@server_ip/path"))
                .put(Api.AUTHS + "/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("password"));
    }

    @Test
    void sealedUserInputStaysSealedAfterSchemaChange() {
        TestTokens admin = TestTokens.forNewTenant().admin().scopes("connector_auth connectors");
        String connectorId = createConnector(admin, "custom-api", true);
        String id = as(admin).body(Map.of("connector_id", connectorId, "name", "custom", "auth_type", "api_key",
                "auth_token", "token-" + UUID.randomUUID(), "user_input", Map.of("client_secret", CLIENT_SECRET)))
                .post(Api.AUTHS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(admin).body(connectorBody("custom-api", false)).put(CONNECTORS + "/" + connectorId)
                .then()
                .statusCode(200);

        as(admin).body(Map.of("name", "renamed"))
                .put(Api.AUTHS + "/" + id)
                .then()
                .statusCode(200)
                .body("user_input.client_secret", equalTo(SecretMask.VALUE));
        assertFalse(rowText(id).contains(CLIENT_SECRET));
    }

    @Test
    void sealedUserInputStaysSealedAfterConnectorMove() {
        TestTokens admin = TestTokens.forNewTenant().admin().scopes("connector_auth connectors");
        String sealing = createConnector(admin, "sealing", true);
        String plain = createConnector(admin, "plain", false);
        String id = as(admin).body(Map.of("connector_id", sealing, "name", "custom", "auth_type", "api_key",
                "auth_token", "token-" + UUID.randomUUID(), "user_input", Map.of("client_secret", CLIENT_SECRET)))
                .post(Api.AUTHS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        as(admin).body(Map.of("connector_id", plain, "auth_token", "fresh-token", "user_input",
                Map.of("client_secret", SecretMask.VALUE)))
                .put(Api.AUTHS + "/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("user_input.client_secret"));
        as(admin).body(Map.of("connector_id", plain, "auth_token", "fresh-token", "user_input",
                Map.of("client_secret", CLIENT_SECRET)))
                .put(Api.AUTHS + "/" + id)
                .then()
                .statusCode(200)
                .body("user_input.client_secret", equalTo(SecretMask.VALUE));
        assertFalse(rowText(id).contains(CLIENT_SECRET));
    }

    private static String createConnector(TestTokens admin, String slug, boolean secret) {
        return as(admin).body(connectorBody(slug, secret))
                .post(CONNECTORS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> connectorBody(String slug, boolean secret) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Custom API " + slug);
        body.put("slug", slug);
        body.put("status", "active");
        body.put("auth_schemas", Map.of("api_key", Map.of("fields", List.of(
                Map.of("name", "auth_token", "required", true, "secret", true),
                Map.of("name", "client_secret", "required", false, "secret", secret)))));
        return body;
    }

    private String rowText(String id) {
        return pool.preparedQuery("SELECT t::text FROM connector_auth t WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(id)))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getString(0);
    }
}
