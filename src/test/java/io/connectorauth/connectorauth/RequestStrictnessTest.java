package io.connectorauth.connectorauth;

import static io.connectorauth.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Bodies that a lenient service would half-accept, and races that must end in a clean conflict.
 */
@QuarkusTest
class RequestStrictnessTest {

    private static String createBody(TestTokens token, String nameJson) {
        String connectorId = Api.connectorId(token, "sftp");
        return "{\"connector_id\":\"" + connectorId + "\",\"name\":" + nameJson
                + ",\"auth_type\":\"username_password\","
                + "\"api_endpoint\":\"sftp://u@h/p\",\"username\":\"u\",\"password\":\"pw\"}";
    }

    @Test
    void nulCharacterIsBadRequest() {
        TestTokens token = TestTokens.forNewTenant();

        as(token).body(createBody(token, "\"a\\u0000b\""))
                .post(Api.AUTHS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void duplicateKeyIsBadRequest() {
        TestTokens token = TestTokens.forNewTenant();
        String body = createBody(token, "\"first\"").replace("\"name\":\"first\"", "\"name\":\"first\",\"name\":\"b\"");

        as(token).body(body)
                .post(Api.AUTHS)
                .then()
                .statusCode(400);
    }

    @Test
    void trailingDataIsBadRequest() {
        TestTokens token = TestTokens.forNewTenant();

        as(token).body(createBody(token, "\"name\"") + " garbage")
                .post(Api.AUTHS)
                .then()
                .statusCode(400);
    }

    @Test
    void numberForPasswordIsBadRequest() {
        TestTokens token = TestTokens.forNewTenant();

        as(token).body(createBody(token, "\"name\"").replace("\"password\":\"pw\"", "\"password\":12345"))
                .post(Api.AUTHS)
                .then()
                .statusCode(400);
    }

    @Test
    void concurrentUpdatesNeverFailInternally() throws Exception {
        TestTokens token = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(token, Map.of());
        ExecutorService executor = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                String name = "name " + i;
                results.add(CompletableFuture.supplyAsync(() -> as(token).body(Map.of("name", name))
                        .put(Api.AUTHS + "/" + id)
                        .statusCode(), executor));
            }
            for (CompletableFuture<Integer> result : results) {
                int status = result.get(30, TimeUnit.SECONDS);
                assertTrue(status == 200 || status == 412, "concurrent PUT returned " + status);
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
