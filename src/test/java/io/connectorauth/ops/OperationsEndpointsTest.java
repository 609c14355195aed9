package io.connectorauth.ops;

import static io.connectorauth.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Health, metrics and CORS as operators and browsers see them.
 */
@QuarkusTest
class OperationsEndpointsTest {

    /** The origin that application.properties allows in the test profile. */
    private static final String ALLOWED_ORIGIN = "https://app.example.test";

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
    void httpMetricsUseTemplatedUris() {
        TestTokens token = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(token, Map.of());
        as(token).get(Api.AUTHS + "/" + id).then().statusCode(200);

        String metrics = scrape();

        assertTrue(metrics.contains("uri=\"/v1/connector-auths/{id}\""), "templated uri");
        assertFalse(metrics.contains(id), "raw auth id in metrics");
        assertFalse(metrics.contains(token.tenantId()), "tenant id in metrics");
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

    private static String scrape() {
        return given().get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
