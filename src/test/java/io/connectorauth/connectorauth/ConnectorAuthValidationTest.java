package io.connectorauth.connectorauth;

import static io.connectorauth.testing.Api.AUTHS;
import static io.connectorauth.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.connectorauth.common.Problem;
import io.connectorauth.common.ProblemKind;
import io.connectorauth.testing.Api;
import io.connectorauth.testing.ProblemBodies;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Every validation rule of create and update, each asserted on the field it names in the problem body.
 */
@QuarkusTest
class ConnectorAuthValidationTest {

    private final TestTokens token = TestTokens.forNewTenant();

    @Test
    void createRejectsUnknownConnector() {
        Map<String, Object> body = sftpBody();
        body.put("connector_id", UUID.randomUUID().toString());

        rejectCreate(body)
                .body("errors.field", contains("connector_id"));
    }

    @Test
    void createRejectsMalformedConnectorId() {
        Map<String, Object> body = sftpBody();
        body.put("connector_id", "not-a-uuid");

        rejectCreate(body)
                .body("errors.field", contains("connector_id"));
    }

    @Test
    void createRejectsUnsupportedAuthType() {
        Map<String, Object> body = sftpBody();
        body.put("auth_type", "oauth2");

        rejectCreate(body)
                .body("errors.field", contains("auth_type"))
                .body("errors[0].message", containsString("allowed: username_password"));
    }

    @Test
    void createRequiresPassword() {
        Map<String, Object> body = sftpBody();
        body.remove("password");

        rejectCreate(body)
                .body("errors.field", contains("password"));
    }

    @Test
    void createRequiresApiEndpoint() {
        Map<String, Object> body = sftpBody();
        body.remove("api_endpoint");

        rejectCreate(body)
                .body("errors.field", contains("api_endpoint"));
    }

    @Test
    void createListsEveryMissingField() {
        Map<String, Object> body = sftpBody();
        body.remove("password");
        body.remove("api_endpoint");

        rejectCreate(body)
                .body("errors.field", containsInAnyOrder("password", "api_endpoint"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "sftp://", "sftp:///path", "server_ip/path"})
    void createRejectsEndpointThatIsNotUrl(String endpoint) {
        Map<String, Object> body = sftpBody();
        body.put("api_endpoint", endpoint);

        rejectCreate(body)
                .body("errors.field", hasItem("api_endpoint"))
                .body("errors.message", hasItem(containsString("must be an absolute URL with a host")));
    }

    @Test
    void createRejectsEndpointOfOtherScheme() {
        Map<String, Object> body = sftpBody();
        body.put("api_endpoint", "ftp://user:password@server_ip/path");

        rejectCreate(body)
                .body("errors.field", contains("api_endpoint"))
                .body("errors[0].message", containsString("sftp://"));
    }

    @Test
    void createRequiresName() {
        Map<String, Object> body = sftpBody();
        body.remove("name");

        rejectCreate(body)
                .body("errors.field", contains("name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void createRejectsBlankName(String name) {
        Map<String, Object> body = sftpBody();
        body.put("name", name);

        rejectCreate(body)
                .body("errors.field", contains("name"));
    }

    @Test
    void createRejectsNameOver200Chars() {
        Map<String, Object> body = sftpBody();
        body.put("name", "n".repeat(201));

        rejectCreate(body)
                .body("errors.field", contains("name"));
    }

    @Test
    void createAcceptsNameOf200Chars() {
        String name = "n".repeat(200);

        Api.createSftpAuth(token, Map.of("name", name));
    }

    @Test
    void createRejectsTagOver100Chars() {
        Map<String, Object> body = sftpBody();
        body.put("tags", List.of("ok", "t".repeat(101)));

        rejectCreate(body)
                .body("errors.field", contains("tags[1]"));
    }

    @Test
    void createRejects51Tags() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tags.add("tag-" + i);
        }
        Map<String, Object> body = sftpBody();
        body.put("tags", tags);

        rejectCreate(body)
                .body("errors.field", contains("tags"));
    }

    @Test
    void createTrimsAndDeduplicatesTags() {
        Map<String, Object> body = sftpBody();
        body.put("tags", List.of("  Customer XYZ ", "Customer XYZ", "Example Tag", "Example Tag "));

        as(token).body(body)
                .post(AUTHS)
                .then()
                .statusCode(201)
                .body("tags", contains("Customer XYZ", "Example Tag"));
    }

    @Test
    void createRejectsUnknownProperty() {
        Map<String, Object> body = sftpBody();
        body.put("pasword", "password123");

        rejectCreate(body)
                .body("errors.field", contains("pasword"))
                .body("detail", containsString("pasword"));
    }

    @Test
    void createRejectsMalformedJson() {
        rejectCreate("{\"name\": \"Test Name\", ")
                .body("type", equalTo(ProblemKind.MALFORMED_JSON.type()));
    }

    @Test
    void createRejectsMaskAsPassword() {
        Map<String, Object> body = sftpBody();
        body.put("password", SecretMask.VALUE);

        rejectCreate(body)
                .body("errors.field", contains("password"));
    }

    @Test
    void createRejectsMaskAsEndpointPassword() {
        Map<String, Object> body = sftpBody();
        body.put("api_endpoint", "sftp://user:" + SecretMask.VALUE + "@server_ip/path");

        rejectCreate(body)
                .body("errors.field", contains("api_endpoint"));
    }

    @Test
    void createRejectsUserInputKeyOutsideSchema() {
        Map<String, Object> body = sftpBody();
        body.put("user_input", Map.of("foo", "x"));

        rejectCreate(body)
                .body("errors.field", contains("user_input.foo"));
    }

    @Test
    void createMasksSecretUserInput() {
        Map<String, Object> body = Api.s3Body(Api.connectorId(token, "amazon-s3"));

        as(token).body(body)
                .post(AUTHS)
                .then()
                .statusCode(201)
                .body("user_input.secret_access_key", equalTo(SecretMask.VALUE))
                .body("user_input.access_key_id", equalTo("AKIAIOSFODNN7EXAMPLE"))
                .body("user_input.region", equalTo("eu-central-1"));
    }

    @Test
    void createRequiresUserInputField() {
        Map<String, Object> body = Api.s3Body(Api.connectorId(token, "amazon-s3"));
        userInputOf(body).remove("access_key_id");

        rejectCreate(body)
                .body("errors.field", contains("user_input.access_key_id"));
    }

    @Test
    void createRejectsUserInputOfWrongFormat() {
        Map<String, Object> body = Api.s3Body(Api.connectorId(token, "amazon-s3"));
        userInputOf(body).put("region", "EU Central");

        rejectCreate(body)
                .body("errors.field", contains("user_input.region"));
    }

    @Test
    void createRejectsUserInputValueOver4096Chars() {
        Map<String, Object> body = Api.s3Body(Api.connectorId(token, "amazon-s3"));
        userInputOf(body).put("bucket", "b".repeat(4097));

        rejectCreate(body)
                .body("errors.field", contains("user_input.bucket"));
    }

    @Test
    void createRejectsMalformedUserInputKey() {
        Map<String, Object> body = sftpBody();
        body.put("user_input", Map.of("bad key", "x"));

        rejectCreate(body)
                .body("errors.field", contains("user_input.bad key"));
    }

    @Test
    void updateRejectsUnknownConnector() {
        String id = Api.createSftpAuth(token, Map.of());

        rejectUpdate(id, Map.of("connector_id", UUID.randomUUID().toString()))
                .body("errors.field", hasItem("connector_id"));
    }

    @Test
    void updateRejectsUnsupportedAuthType() {
        String id = Api.createSftpAuth(token, Map.of());

        rejectUpdate(id, Map.of("auth_type", "oauth2"))
                .body("errors.field", contains("auth_type"))
                .body("errors[0].message", containsString("allowed: username_password"));
    }

    @Test
    void updateRejectsNullName() {
        String id = Api.createSftpAuth(token, Map.of());

        rejectUpdate(id, Collections.singletonMap("name", null))
                .body("errors.field", contains("name"));
    }

    @Test
    void updateRejectsNullRequiredPassword() {
        String id = Api.createSftpAuth(token, Map.of());

        rejectUpdate(id, Collections.singletonMap("password", null))
                .body("errors.field", contains("password"));
    }

    @Test
    void updateRejectsUnknownProperty() {
        String id = Api.createSftpAuth(token, Map.of());

        rejectUpdate(id, Map.of("pasword", "password123"))
                .body("errors.field", contains("pasword"));
    }

    @Test
    void updateRejectsMalformedJson() {
        String id = Api.createSftpAuth(token, Map.of());

        rejectUpdate(id, "{\"name\": ")
                .body("type", equalTo(ProblemKind.MALFORMED_JSON.type()));
    }

    @Test
    void rejectedUpdateKeepsStoredAuth() {
        String id = Api.createSftpAuth(token, Map.of("name", "Kept"));
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Changed");
        body.put("password", null);

        rejectUpdate(id, body);

        as(token).get(AUTHS + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Kept"))
                .body("password", equalTo(SecretMask.VALUE))
                .body("version", equalTo(0));
    }

    private Map<String, Object> sftpBody() {
        return Api.docsBody(Api.connectorId(token, "sftp"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> userInputOf(Map<String, Object> body) {
        return (Map<String, Object>) body.get("user_input");
    }

    private ValidatableResponse rejectCreate(Object body) {
        return rejected(as(token).body(body)
                .post(AUTHS)
                .then());
    }

    private ValidatableResponse rejectUpdate(String id, Object body) {
        return rejected(as(token).body(body)
                .put(AUTHS + "/" + id)
                .then());
    }

    /**
     * Checks what every rejected request shares: status 400, a problem body and nothing internal in it.
     */
    private static ValidatableResponse rejected(ValidatableResponse response) {
        response.log()
                .ifValidationFails()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400));
        ProblemBodies.assertNoInternals(response.extract().asString());
        return response;
    }
}
