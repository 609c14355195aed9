package io.connectorauth.connectorauth;

import static io.connectorauth.testing.Api.AUTHS;
import static io.connectorauth.testing.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.connectorauth.common.Problem;
import io.connectorauth.common.ProblemKind;
import io.connectorauth.common.RequestIds;
import io.connectorauth.crypto.DecryptionFailedException;
import io.connectorauth.testing.Api;
import io.connectorauth.testing.ProblemBodies;
import io.connectorauth.testing.TestTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Secrets never leave the service in a response, are stored only as ciphertext, survive a round trip of their mask,
 * and are bound to their row: a ciphertext copied onto another row does not decrypt.
 */
@QuarkusTest
class SecretStorageTest {

    private static final String PASSWORD = Api.DOCS_PASSWORD;
    private static final String ENDPOINT_PASSWORD = "endpoint-pass-7Qx2";
    private static final String ENDPOINT = "sftp://user:" + ENDPOINT_PASSWORD + "@server_ip/path";
    private static final List<String> READ_ONLY_FIELDS = List.of("id", "created_at", "updated_at", "created_by",
            "updated_by", "version");

    @Inject
    Pool pool;

    @Inject
    ConnectorAuthRepository repository;

    @Inject
    CredentialSealer sealer;

    private final TestTokens token = TestTokens.forNewTenant();

    @Test
    void createResponseOmitsSecrets() {
        Map<String, Object> body = Api.docsBody(Api.connectorId(token, "sftp"));
        body.put("api_endpoint", ENDPOINT);

        String response = as(token).body(body)
                .post(AUTHS)
                .then()
                .statusCode(201)
                .extract()
                .asString();

        assertNoSftpSecrets(response);
    }

    @Test
    void getResponseOmitsSecrets() {
        String id = createSftpAuth();

        String response = as(token).get(AUTHS + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertNoSftpSecrets(response);
    }

    @Test
    void listResponseOmitsSecrets() {
        createSftpAuth();

        String response = as(token).get(AUTHS)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertNoSftpSecrets(response);
    }

    @Test
    void updateResponseOmitsSecrets() {
        String id = createSftpAuth();
        String newPassword = "rotated-" + UUID.randomUUID();

        String response = as(token).body(Map.of("name", "Rotated", "password", newPassword))
                .put(AUTHS + "/" + id)
                .then()
                .statusCode(200)
                .body("password", equalTo(SecretMask.VALUE))
                .extract()
                .asString();

        assertNoSftpSecrets(response);
        assertFalse(response.contains(newPassword), "new password in the update response");
    }

    @Test
    void responsesOmitSecretUserInput() {
        String id = createS3Auth();

        String get = as(token).get(AUTHS + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String list = as(token).get(AUTHS)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertFalse(get.contains(Api.S3_SECRET_ACCESS_KEY), "secret access key in the get response");
        assertFalse(list.contains(Api.S3_SECRET_ACCESS_KEY), "secret access key in the list response");
    }

    @Test
    void storedRowHoldsNoPlaintextSecret() {
        String id = createSftpAuth();

        String row = rowAsText(id);

        assertNotStored(row, PASSWORD, "password");
        assertNotStored(row, ENDPOINT_PASSWORD, "endpoint password");
    }

    @Test
    void storedRowHoldsNoPlaintextUserInputSecret() {
        String id = createS3Auth();

        String row = rowAsText(id);

        assertNotStored(row, Api.S3_SECRET_ACCESS_KEY, "secret access key");
    }

    @Test
    void storedRowListsSecretFieldsWithoutValues() {
        String id = createSftpAuth();

        Row row = queryRow("SELECT secret_fields, key_version, dek_version FROM connector_auth WHERE id = $1", id);

        assertEquals(List.of("api_endpoint", "password"), List.of(row.getArrayOfStrings("secret_fields")));
        assertEquals(null, row.getInteger("key_version"));
        assertEquals(1, row.getInteger("dek_version"));
    }

    @Test
    void maskRoundTripKeepsSecrets() {
        String id = createSftpAuth();
        Map<String, Object> body = as(token).get(AUTHS + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        READ_ONLY_FIELDS.forEach(body::remove);

        as(token).body(body)
                .put(AUTHS + "/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(1));

        CredentialDraft stored = openStored(id);
        assertEquals(PASSWORD, stored.password);
        assertEquals(ENDPOINT, stored.apiEndpoint);
    }

    @Test
    void updateOfOtherFieldsKeepsSecrets() {
        String id = createSftpAuth();

        as(token).body(Map.of("name", "Renamed", "username", "user456", "tags", List.of("Moved")))
                .put(AUTHS + "/" + id)
                .then()
                .statusCode(200);

        CredentialDraft stored = openStored(id);
        assertEquals(PASSWORD, stored.password);
        assertEquals(ENDPOINT, stored.apiEndpoint);
    }

    @Test
    void maskedEndpointKeepsEndpointPassword() {
        String id = createSftpAuth();

        as(token).body(Map.of("api_endpoint", "sftp://user:" + SecretMask.VALUE + "@server_ip/other/files"))
                .put(AUTHS + "/" + id)
                .then()
                .statusCode(200)
                .body("api_endpoint", equalTo("sftp://user:" + SecretMask.VALUE + "@server_ip/other/files"));

        assertEquals("sftp://user:" + ENDPOINT_PASSWORD + "@server_ip/other/files", openStored(id).apiEndpoint);
    }

    @Test
    void newPasswordReplacesStoredOne() {
        String id = createSftpAuth();
        String newPassword = "rotated-" + UUID.randomUUID();

        as(token).body(Map.of("password", newPassword))
                .put(AUTHS + "/" + id)
                .then()
                .statusCode(200);

        assertEquals(newPassword, openStored(id).password);
    }

    @Test
    void maskedUserInputKeepsSecret() {
        String id = createS3Auth();
        Map<String, String> userInput = Map.of("access_key_id", "AKIAIOSFODNN7EXAMPLE", "secret_access_key",
                SecretMask.VALUE, "region", "us-east-1");

        as(token).body(Map.of("user_input", userInput))
                .put(AUTHS + "/" + id)
                .then()
                .statusCode(200)
                .body("user_input.region", equalTo("us-east-1"));

        assertEquals(Api.S3_SECRET_ACCESS_KEY, openStored(id).userInput.get("secret_access_key"));
    }

    @Test
    void ciphertextMovedToOtherRowFailsToDecrypt() {
        String source = createSftpAuth();
        String target = createSftpAuth();

        copySecrets(source, target);

        assertUpdateFailsWithBareProblem(token, target);
        assertThrows(DecryptionFailedException.class, () -> openStored(target));
    }

    @Test
    void ciphertextMovedToOtherTenantFailsToDecrypt() {
        TestTokens otherTenant = TestTokens.forNewTenant();
        String source = createSftpAuth();
        String target = Api.createSftpAuth(otherTenant, Map.of("api_endpoint", ENDPOINT));

        copySecrets(source, target);

        assertUpdateFailsWithBareProblem(otherTenant, target);
        assertThrows(DecryptionFailedException.class, () -> openStored(target));
    }

    private String createSftpAuth() {
        return Api.createSftpAuth(token, Map.of("api_endpoint", ENDPOINT));
    }

    private String createS3Auth() {
        return as(token).body(Api.s3Body(Api.connectorId(token, "amazon-s3")))
                .post(AUTHS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void assertNoSftpSecrets(String response) {
        assertFalse(response.contains(PASSWORD), "password in " + response);
        assertFalse(response.contains(ENDPOINT_PASSWORD), "endpoint password in " + response);
    }

    /**
     * Checks the row's text for the value as is and in the hex form PostgreSQL prints bytea in.
     */
    private static void assertNotStored(String row, String secret, String secretName) {
        String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
        assertFalse(row.contains(secret), secretName + " in plain text in " + row);
        assertFalse(row.contains(hex), secretName + " as bytea hex in " + row);
    }

    private static void assertUpdateFailsWithBareProblem(TestTokens owner, String id) {
        Response response = as(owner).body(Map.of("name", "Needs decryption"))
                .put(AUTHS + "/" + id);

        response.then()
                .statusCode(500)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemKind.INTERNAL.type()))
                .body("request_id", equalTo(response.header(RequestIds.HEADER)))
                .body("keySet()", containsInAnyOrder("type", "title", "status", "request_id"));
        ProblemBodies.assertNoInternals(response.asString());
    }

    private String rowAsText(String id) {
        return queryRow("SELECT t::text FROM connector_auth t WHERE id = $1", id).getString(0);
    }

    private Row queryRow(String sql, String id) {
        return pool.preparedQuery(sql)
                .execute(Tuple.of(UUID.fromString(id)))
                .await()
                .indefinitely()
                .iterator()
                .next();
    }

    /**
     * Overwrites the target row's ciphertext and key versions with the source row's, as an attacker with write
     * access to the table could.
     */
    private void copySecrets(String sourceId, String targetId) {
        pool.preparedQuery("UPDATE connector_auth t SET secrets = s.secrets, key_version = s.key_version, "
                + "dek_version = s.dek_version FROM connector_auth s WHERE s.id = $1 AND t.id = $2")
                .execute(Tuple.of(UUID.fromString(sourceId), UUID.fromString(targetId)))
                .await()
                .indefinitely();
    }

    /**
     * Loads the row through the repository and decrypts it with the service's sealer.
     */
    private CredentialDraft openStored(String id) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                    () -> repository.findById(UUID.fromString(id))
                            .flatMap(sealer::open)));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot load connector auth " + id, e);
        }
    }
}
