package io.connectorauth.ops;

import static io.connectorauth.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
 * Health, metrics and CORS as operators and browsers see them.
 */
@QuarkusTest
class OperationsEndpointsTest {

    /** The origin that application.properties allows in the test profile. */
    private static final String ALLOWED_ORIGIN = "https://app.example.test";
    private static final String DECRYPT_FAILURES = "connector_auth_decrypt_failures_total";

    @Inject
    Pool pool;

    @Test
    void livenessIsUp() {
        given().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void readinessChecksDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("database"));
    }

    @Test
    void metricsCountCreatedAuths() {
        Api.createSftpAuth(TestTokens.forNewTenant(), Map.of());

        String metrics = scrape();

        assertTrue(metrics.contains("connector_auth_auths_total{event=\"created\"}"), "created counter");
    }

    @Test
    void metricsDeclareRevealAndDecryptCounters() {
        String metrics = scrape();

        assertTrue(metrics.contains("connector_auth_secret_reveals_total"), "reveal counter");
        assertTrue(metrics.contains("connector_auth_decrypt_failures_total"), "decrypt failure counter");
    }

    @Test
    void decryptFailureIsCounted() {
        TestTokens token = TestTokens.forNewTenant();
        String source = Api.createSftpAuth(token, Map.of());
        String target = Api.createSftpAuth(token, Map.of());
        double before = counterValue(scrape(), DECRYPT_FAILURES);
        pool.preparedQuery("UPDATE connector_auth t SET secrets = s.secrets FROM connector_auth s "
                + "WHERE s.id = $1 AND t.id = $2")
                .execute(Tuple.of(UUID.fromString(source), UUID.fromString(target)))
                .await()
                .atMost(Duration.ofSeconds(10));

        as(token).body(Map.of("name", "Needs decryption"))
                .put(Api.AUTHS + "/" + target)
                .then()
                .statusCode(500);

        assertTrue(counterValue(scrape(), DECRYPT_FAILURES) > before, "decrypt failure counter did not grow");
    }

    @Test
    void httpMetricsUseTemplatedUris() {
        TestTokens token = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(token, Map.of());
        as(token).get(Api.AUTHS + "/" + id).then().statusCode(200);

        String metrics = scrape();

        assertTrue(metrics.contains("uri=\"/v1/connector-auths/{id}\""), "templated uri");
        assertFalse(metrics.contains(id), "raw auth id in metrics");
        assertFalse(metrics.contains(token.tenantId()), "tenant id in metrics");
    }

    /**
     * A method that no resource accepts has no templated path, so the raw path would become a tag, which is one new series
     * per auth id that a client sends.
     */
    @Test
    void unsupportedMethodLeavesNoRawPathInMetrics() {
        TestTokens token = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(token, Map.of());
        as(token).body(Map.of("name", "x")).patch(Api.AUTHS + "/" + id).then().statusCode(405);
        as(token).post(Api.AUTHS + "/" + id + "/secrets").then().statusCode(405);

        assertFalse(scrape().contains(id), "raw auth id in metrics");
    }

    @Test
    void metricsIncludeDatabasePool() {
        assertTrue(scrape().contains("postgresql_"), "reactive pool metrics");
    }

    @Test
    void corsPreflightAllowsListedOrigin() {
        given().header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match")
                .options(Api.AUTHS)
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN));
    }

    @Test
    void corsPreflightRejectsOtherOrigin() {
        given().header("Origin", "https://evil.example.test")
                .header("Access-Control-Request-Method", "PUT")
                .options(Api.AUTHS)
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    private static double counterValue(String metrics, String name) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    private static String scrape() {
        return given().get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
