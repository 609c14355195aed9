package io.connectorauth.connectorauth;

import static io.connectorauth.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * {@code Idempotency-Key} on create: retries replay the first response, keys are per tenant and user, and
 * concurrent duplicates create one auth.
 */
@QuarkusTest
class IdempotencyKeyTest {

    @Test
    void retryReturnsFirstResponse() {
        TestTokens token = TestTokens.forNewTenant();
        Map<String, Object> body = Api.docsBody(Api.connectorId(token, "sftp"));
        String key = UUID.randomUUID().toString();

        Response first = post(token, key, body);
        Response retry = post(token, key, body);

        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(201, retry.statusCode(), retry.asString());
        assertEquals(first.asString(), retry.asString(), "body");
        assertEquals(first.header("Location"), retry.header("Location"), "Location");
        assertEquals(first.header("ETag"), retry.header("ETag"), "ETag");
        assertEquals(1, count(token), "auths in the tenant");
    }

    @Test
    void sameKeyOtherBodyIsUnprocessable() {
        TestTokens token = TestTokens.forNewTenant();
        Map<String, Object> body = Api.docsBody(Api.connectorId(token, "sftp"));
        String key = UUID.randomUUID().toString();
        post(token, key, body).then().statusCode(201);
        body.put("name", "Another name");

        post(token, key, body).then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:connector-auth:problem:unprocessable"));
    }

    @Test
    void sameKeyOtherUserCreatesAgain() {
        TestTokens token = TestTokens.forNewTenant();
        TestTokens colleague = token.colleague();
        Map<String, Object> body = Api.docsBody(Api.connectorId(token, "sftp"));
        String key = UUID.randomUUID().toString();

        String first = post(token, key, body).then().statusCode(201).extract().path("id");
        String second = post(colleague, key, body).then().statusCode(201).extract().path("id");

        assertNotEquals(first, second);
    }

    @Test
    void invalidKeyIsValidationProblem() {
        TestTokens token = TestTokens.forNewTenant();
        Map<String, Object> body = Api.docsBody(Api.connectorId(token, "sftp"));

        post(token, "x".repeat(300), body).then()
                .statusCode(400)
                .body("type", equalTo("urn:connector-auth:problem:validation"));
    }

    @Test
    void concurrentDuplicatesCreateOnce() throws Exception {
        TestTokens token = TestTokens.forNewTenant();
        Map<String, Object> body = Api.docsBody(Api.connectorId(token, "sftp"));
        String key = UUID.randomUUID().toString();
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                responses.add(CompletableFuture.supplyAsync(() -> postAfter(start, token, key, body), pool));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (CompletableFuture<Response> response : responses) {
                Response done = response.get(60, TimeUnit.SECONDS);
                assertEquals(201, done.statusCode(), done.asString());
                ids.add(done.path("id"));
            }
            assertEquals(1, ids.stream().distinct().count(), "distinct ids in " + ids);
            assertEquals(1, count(token), "auths in the tenant");
        } finally {
            pool.shutdownNow();
        }
    }

    private static Response postAfter(CountDownLatch start, TestTokens token, String key, Map<String, Object> body) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return post(token, key, body);
    }

    private static Response post(TestTokens token, String key, Map<String, Object> body) {
        return as(token).header("Idempotency-Key", key)
                .body(body)
                .post(Api.AUTHS);
    }

    private static int count(TestTokens token) {
        return as(token).get(Api.AUTHS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id")
                .size();
    }
}
