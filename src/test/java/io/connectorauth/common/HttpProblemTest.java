package io.connectorauth.common;

import static io.connectorauth.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every error status, whether JAX-RS or Vert.x produces it, comes as problem+json with a stable type and the request
 * id in both the body and the {@code X-Request-Id} header.
 */
@QuarkusTest
class HttpProblemTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:connector-auth:problem:";

    @Test
    void missingTokenIsUnauthenticatedProblem() {
        given().accept(ContentType.JSON)
                .get(Api.AUTHS)
                .then()
                .statusCode(401)
                .contentType(startsWith(PROBLEM))
                .header(RequestIds.HEADER, notNullValue())
                .body("type", equalTo(TYPE_PREFIX + "unauthenticated"));
    }

    @Test
    void missingScopeIsForbiddenProblem() {
        as(TestTokens.forNewTenant().scopes("connectors:view"))
                .get(Api.AUTHS)
                .then()
                .statusCode(403)
                .contentType(startsWith(PROBLEM))
                .body("type", equalTo(TYPE_PREFIX + "forbidden"));
    }

    @Test
    void unknownPathIsNotFoundProblem() {
        given().header(RequestIds.HEADER, "probe-404")
                .get("/no/such/path")
                .then()
                .statusCode(404)
                .contentType(startsWith(PROBLEM))
                .header(RequestIds.HEADER, equalTo("probe-404"))
                .body("type", equalTo(TYPE_PREFIX + "not-found"))
                .body("request_id", equalTo("probe-404"));
    }

    @Test
    void unknownPathUnderApiIsNotFoundProblem() {
        as(TestTokens.forNewTenant())
                .get(Api.AUTHS + "/x/y/z")
                .then()
                .statusCode(404)
                .contentType(startsWith(PROBLEM))
                .body("type", equalTo(TYPE_PREFIX + "not-found"));
    }

    @Test
    void wrongMethodIsMethodNotAllowedProblem() {
        as(TestTokens.forNewTenant())
                .patch(Api.AUTHS)
                .then()
                .statusCode(405)
                .contentType(startsWith(PROBLEM))
                .header(RequestIds.HEADER, notNullValue())
                .body("type", equalTo(TYPE_PREFIX + "method-not-allowed"));
    }

    @Test
    void xmlAcceptIsNotAcceptableProblem() {
        as(TestTokens.forNewTenant())
                .accept(ContentType.XML)
                .get(Api.AUTHS)
                .then()
                .statusCode(406)
                .contentType(startsWith(PROBLEM))
                .body("type", equalTo(TYPE_PREFIX + "not-acceptable"));
    }

    @Test
    void textBodyIsUnsupportedMediaTypeProblem() {
        as(TestTokens.forNewTenant())
                .contentType(ContentType.TEXT)
                .body("name=x")
                .post(Api.AUTHS)
                .then()
                .statusCode(415)
                .contentType(startsWith(PROBLEM))
                .body("type", equalTo(TYPE_PREFIX + "unsupported-media-type"));
    }

    @Test
    void oversizedBodyIsPayloadTooLargeProblem() {
        String name = "x".repeat(70 * 1024);
        as(TestTokens.forNewTenant())
                .header(RequestIds.HEADER, "probe-413")
                .body("{\"name\":\"" + name + "\"}")
                .post(Api.AUTHS)
                .then()
                .statusCode(413)
                .contentType(startsWith(PROBLEM))
                .header(RequestIds.HEADER, equalTo("probe-413"))
                .body("type", equalTo(TYPE_PREFIX + "payload-too-large"));
    }

    @Test
    void brokenJsonIsMalformedJsonProblem() {
        as(TestTokens.forNewTenant())
                .body("{\"name\": ")
                .post(Api.AUTHS)
                .then()
                .statusCode(400)
                .contentType(startsWith(PROBLEM))
                .body("type", equalTo(TYPE_PREFIX + "malformed-json"));
    }

    @Test
    void invalidFieldIsValidationProblem() {
        as(TestTokens.forNewTenant())
                .body("{\"name\": \"\"}")
                .post(Api.AUTHS)
                .then()
                .statusCode(400)
                .contentType(startsWith(PROBLEM))
                .body("type", equalTo(TYPE_PREFIX + "validation"));
    }

    @Test
    void generatedRequestIdIsEchoed() {
        given().get("/q/health/live")
                .then()
                .statusCode(200)
                .header(RequestIds.HEADER, notNullValue());
    }
}
