package io.connectorauth.ops;

import static io.connectorauth.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.TestDatabase;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Stops the test cluster: requests fail fast with a 503 problem and {@code Retry-After}, readiness is DOWN, and the
 * service serves requests again once PostgreSQL is back, without a restart.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void outageIsServiceUnavailableThenRecovers() {
        assumeTrue(TestDatabase.isManaged(), "needs the cluster that the test resource starts");
        TestTokens token = TestTokens.forNewTenant();
        Api.createSftpAuth(token, java.util.Map.of());

        TestDatabase.stop();
        try {
            Instant started = Instant.now();
            Response down = as(token).get(Api.AUTHS);
            Duration took = Duration.between(started, Instant.now());

            assertEquals(503, down.statusCode(), down.asString());
            assertTrue(down.contentType().startsWith("application/problem+json"), down.contentType());
            assertEquals("5", down.header("Retry-After"));
            assertEquals("urn:connector-auth:problem:service-unavailable", down.jsonPath().getString("type"));
            assertTrue(took.toSeconds() < 10, "503 took " + took);
            down.then()
                    .body("request_id", notNullValue())
                    .body("detail", nullValue());

            given().get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"));
        } finally {
            TestDatabase.start();
        }

        awaitReady();
        as(token).get(Api.AUTHS)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"));
    }

    private static void awaitReady() {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (given().get("/q/health/ready").statusCode() == 200) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
