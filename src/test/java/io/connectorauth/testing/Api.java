package io.connectorauth.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Request helpers shared by the API tests: an authorized request for a token, catalog look-ups and the docs body.
 */
public final class Api {

    private Api() {
    }

    public static final String AUTHS = "/v1/connector-auths";
    /** The password of {@link #docsBody}. */
    public static final String DOCS_PASSWORD = "password123";
    /** The secret access key of {@link #s3Body}, a secret user_input field of Amazon S3. */
    public static final String S3_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    public static RequestSpecification as(TestTokens token) {
        return withBearer(token.sign());
    }

    /**
     * Starts a JSON request that sends {@code jwt} as its bearer token as is, for tokens {@link TestTokens#sign()}
     * does not make.
     */
    public static RequestSpecification withBearer(String jwt) {
        return given()
                .header("Authorization", "Bearer " + jwt)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /**
     * Returns the id of the global catalog connector with this slug.
     */
    public static String connectorId(TestTokens token, String slug) {
        return as(token)
                .queryParam("filter", "slug,eq," + slug)
                .get("/v1/connectors")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
    }

    /**
     * Returns the create body of the public Locoia docs for the given connector, as a mutable map.
     */
    public static Map<String, Object> docsBody(String connectorId) {
        Map<String, Object> body = new HashMap<>();
        body.put("connector_id", connectorId);
        body.put("name", "Test Name");
        body.put("auth_type", "username_password");
        body.put("auth_token", "");
        body.put("auth_details", "");
        body.put("api_endpoint", "sftp://user:password@server_ip/path");
        body.put("user_input", Map.of());
        body.put("username", "user123");
        body.put("password", DOCS_PASSWORD);
        body.put("tags", List.of("Example Tag", "Customer XYZ"));
        return body;
    }

    /**
     * Returns a valid create body for the Amazon S3 connector, whose credentials live in user_input, as a mutable
     * map.
     */
    public static Map<String, Object> s3Body(String connectorId) {
        Map<String, Object> userInput = new HashMap<>();
        userInput.put("access_key_id", "AKIAIOSFODNN7EXAMPLE");
        userInput.put("secret_access_key", S3_SECRET_ACCESS_KEY);
        userInput.put("region", "eu-central-1");
        Map<String, Object> body = new HashMap<>();
        body.put("connector_id", connectorId);
        body.put("name", "Reports bucket");
        body.put("auth_type", "api_key");
        body.put("user_input", userInput);
        return body;
    }

    /**
     * Creates an SFTP auth from the docs body with the given changes and returns its id.
     */
    public static String createSftpAuth(TestTokens token, Map<String, Object> changes) {
        Map<String, Object> body = docsBody(connectorId(token, "sftp"));
        body.putAll(changes);
        return as(token)
                .body(body)
                .post(AUTHS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> changes(Object... keysAndValues) {
        Map<String, Object> changes = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            changes.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return changes;
    }
}
