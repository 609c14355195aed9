package io.connectorauth.connectorauth;

import static io.connectorauth.testing.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The walk-through of the public Locoia docs: find the FTP connectors by filter, then create, read, update, list and
 * delete an SFTP login.
 */
@QuarkusTest
class DocsFlowTest {

    private static final String UUID4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void likeFilterFindsFtpAndSftp() {
        as(TestTokens.forNewTenant())
                .queryParam("filter", "name,like,\"%ft%\"")
                .get("/v1/connectors")
                .then()
                .statusCode(200)
                .body("name", hasItem("FTP"))
                .body("name", hasItem("SFTP"));
    }

    @Test
    void docsUrlEncodedFilterFindsSftp() {
        as(TestTokens.forNewTenant())
                .urlEncodingEnabled(false)
                .get("/v1/connectors?filter=name,like,%22%25ft%25%22")
                .then()
                .statusCode(200)
                .body("slug", hasItem("sftp"));
    }

    @Test
    void createReturnsDocsFieldsWithoutSecrets() {
        TestTokens token = TestTokens.forNewTenant();
        String connectorId = Api.connectorId(token, "sftp");

        as(token)
                .body(Api.docsBody(connectorId))
                .post("/v1/connector-auths")
                .then()
                .log().ifValidationFails()
                .statusCode(201)
                .header("Location", matchesPattern(".*/v1/connector-auths/" + UUID4))
                .body("id", matchesPattern(UUID4))
                .body("connector_id", equalTo(connectorId))
                .body("name", equalTo("Test Name"))
                .body("auth_type", equalTo("username_password"))
                .body("username", equalTo("user123"))
                .body("password", equalTo(SecretMask.VALUE))
                .body("auth_token", equalTo(null))
                .body("api_endpoint", equalTo("sftp://user:********@server_ip/path"))
                .body("tags", containsInAnyOrder("Example Tag", "Customer XYZ"))
                .body("created_by", equalTo(token.userId()))
                .body("created_at", notNullValue())
                .body("updated_at", notNullValue())
                .body("version", equalTo(0));
    }

    @Test
    void fullLifecycleFollowsDocs() {
        TestTokens token = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(token, Map.of());

        as(token).get("/v1/connector-auths/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Test Name"))
                .body("password", equalTo(SecretMask.VALUE));

        as(token)
                .body(Map.of("name", "Customer XYZ SFTP", "tags", List.of("Customer XYZ")))
                .put("/v1/connector-auths/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Customer XYZ SFTP"))
                .body("username", equalTo("user123"))
                .body("password", equalTo(SecretMask.VALUE))
                .body("api_endpoint", endsWith("@server_ip/path"))
                .body("version", equalTo(1));

        as(token).get("/v1/connector-auths")
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(id)));

        as(token).delete("/v1/connector-auths/" + id)
                .then()
                .statusCode(204);

        as(token).get("/v1/connector-auths/" + id)
                .then()
                .statusCode(404);
    }
}
