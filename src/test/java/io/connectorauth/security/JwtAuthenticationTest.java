package io.connectorauth.security;

import static io.connectorauth.testing.Api.AUTHS;
import static io.connectorauth.testing.Api.as;
import static io.connectorauth.testing.Api.withBearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

import java.time.Instant;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;

import org.junit.jupiter.api.Test;

import io.connectorauth.common.Problem;
import io.connectorauth.common.ProblemKind;
import io.connectorauth.testing.Api;
import io.connectorauth.testing.ProblemBodies;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Bearer token checks. Each negative test breaks exactly one property of an otherwise valid token.
 */
@QuarkusTest
class JwtAuthenticationTest {

    @Test
    void validTokenIsAccepted() {
        as(TestTokens.forNewTenant()).get(AUTHS)
                .then()
                .statusCode(200);
    }

    @Test
    void tokenSentAgainIsAccepted() {
        String jwt = TestTokens.forNewTenant().sign();
        withBearer(jwt).get(AUTHS);

        withBearer(jwt).get(AUTHS)
                .then()
                .statusCode(200);
    }

    /**
     * Verified tokens are remembered by their exact text, so a token that differs from an accepted one only in its
     * signature is verified on its own and fails.
     */
    @Test
    void alteredSignatureOfAcceptedTokenIsUnauthorized() {
        String jwt = TestTokens.forNewTenant().sign();
        withBearer(jwt).get(AUTHS).then().statusCode(200);
        // The last character of a 256-byte signature carries 2 bits and 4 unused ones, which jose4j ignores, so
        // 'A' and 'B' there decode to the same signature. The first character always changes it.
        int signature = jwt.lastIndexOf('.') + 1;
        char first = jwt.charAt(signature);
        String altered = jwt.substring(0, signature) + (first == 'A' ? 'B' : 'A') + jwt.substring(signature + 1);

        assertUnauthorized(withBearer(altered));
    }

    /**
     * A remembered token keeps the caller resolved from its own claims: two tokens of two tenants, each sent
     * twice, see only their own tenant's auths.
     */
    @Test
    void rememberedTokensKeepTheirOwnTenant() {
        TestTokens first = TestTokens.forNewTenant();
        TestTokens second = TestTokens.forNewTenant();
        String secondJwt = second.sign();
        String created = Api.createSftpAuth(first, Map.of());
        withBearer(secondJwt).get(AUTHS + "/" + created);

        withBearer(secondJwt).get(AUTHS + "/" + created)
                .then()
                .statusCode(404);
    }

    @Test
    void missingAuthorizationIsUnauthorized() {
        assertUnauthorized(given());
    }

    @Test
    void nonBearerSchemeIsUnauthorized() {
        assertUnauthorized(given().header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNzd29yZA=="));
    }

    @Test
    void garbageBearerIsUnauthorized() {
        assertUnauthorized(Api.withBearer("not-a-jwt"));
    }

    @Test
    void expiredTokenIsUnauthorized() {
        TestTokens token = TestTokens.forNewTenant()
                .expiresAt(Instant.now().minusSeconds(600));

        assertUnauthorized(as(token));
    }

    @Test
    void wrongIssuerIsUnauthorized() {
        TestTokens token = TestTokens.forNewTenant()
                .issuer("https://attacker.test/issuer");

        assertUnauthorized(as(token));
    }

    @Test
    void untrustedSignatureIsUnauthorized() {
        TestTokens token = TestTokens.forNewTenant()
                .signedBy(TestTokens.untrustedKey());

        assertUnauthorized(as(token));
    }

    @Test
    void unsignedTokenIsUnauthorized() {
        String unsigned = TestTokens.forNewTenant()
                .unsigned();

        assertUnauthorized(Api.withBearer(unsigned));
    }

    /**
     * A verifier that takes the algorithm from the token header would check this HMAC with the public key as its
     * secret. Since that key is public, anyone could then sign a token.
     */
    @Test
    void hs256WithConfiguredSecretIsAccepted() {
        String jwt = TestTokens.forNewTenant().signHs256WithTrustedSecret();

        withBearer(jwt).get(AUTHS)
                .then()
                .statusCode(200);
    }

    @Test
    void hs256WithOtherSecretIsUnauthorized() {
        byte[] otherSecret = new byte[48];
        new java.security.SecureRandom().nextBytes(otherSecret);
        String jwt = TestTokens.forNewTenant().signHs256(otherSecret);

        withBearer(jwt).get(AUTHS)
                .then()
                .statusCode(401);
    }

    @Test
    void hs256SignedWithPublicKeyIsUnauthorized() {
        String confused = TestTokens.forNewTenant()
                .signHs256(TestTokens.trustedPublicKeyPem());

        assertUnauthorized(Api.withBearer(confused));
    }

    @Test
    void tokenWithoutTenantIsUnauthorized() {
        TestTokens token = TestTokens.forNewTenant()
                .without("tenant_id");

        assertUnauthorized(as(token));
    }

    @Test
    void blankTenantIsUnauthorized() {
        TestTokens token = TestTokens.forNewTenant()
                .claim("tenant_id", " ");

        assertUnauthorized(as(token));
    }

    @Test
    void tenantOver128CharsIsUnauthorized() {
        TestTokens token = TestTokens.forNewTenant()
                .claim("tenant_id", "t".repeat(CallerResolver.MAX_ID_LENGTH + 1));

        assertUnauthorized(as(token));
    }

    @Test
    void tokenWithoutUserIsUnauthorized() {
        TestTokens token = TestTokens.forNewTenant()
                .without("sub");

        assertUnauthorized(as(token));
    }

    @Test
    void embedAccountIdActsAsTenant() {
        String tenantId = TestTokens.newTenantId();
        TestTokens embedToken = TestTokens.forTenant(tenantId)
                .without("tenant_id")
                .claim("embed_account_id", tenantId);

        String id = Api.createSftpAuth(embedToken, Map.of());

        as(TestTokens.forTenant(tenantId)).get(AUTHS)
                .then()
                .statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void embedUserIdActsAsUser() {
        TestTokens token = TestTokens.forNewTenant()
                .without("sub")
                .claim("embed_user_id", "embed-user-42");

        String id = Api.createSftpAuth(token, Map.of());

        as(token).get(AUTHS + "/" + id)
                .then()
                .statusCode(200)
                .body("created_by", equalTo("embed-user-42"));
    }

    @Test
    void healthNeedsNoToken() {
        given().get("/q/health/live")
                .then()
                .statusCode(200);
    }

    private static void assertUnauthorized(RequestSpecification request) {
        ValidatableResponse response = request.get(AUTHS)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemKind.UNAUTHENTICATED.type()));
        ProblemBodies.assertNoInternals(response.extract().asString());
    }
    @Test
    void groupsObjectIsUnauthorized() {
        TestTokens token = TestTokens.forNewTenant().claim("groups", java.util.Map.of("admin", true));

        as(token).get(AUTHS)
                .then()
                .statusCode(401);
    }

    @Test
    void unusableTenantClaimDoesNotFallBack() {
        TestTokens token = TestTokens.forNewTenant()
                .claim("tenant_id", java.util.List.of("tenant-a"))
                .claim("embed_account_id", "tenant-b");

        as(token).get(AUTHS)
                .then()
                .statusCode(401);
    }

    @Test
    void controlCharacterInTenantIsUnauthorized() {
        TestTokens token = TestTokens.forNewTenant().claim("tenant_id", "tenant\u0000a");

        as(token).get(AUTHS)
                .then()
                .statusCode(401);
    }

    /**
     * An expiry more than 292 years ahead, with the issue time just before it so the lifetime check passes. The JWT
     * library decides whether such a token is accepted, but it must never cause a server error.
     */
    @Test
    void farFutureExpiryIsNotServerError() {
        Instant expiry = Instant.ofEpochSecond(20_000_000_000L);
        String jwt = TestTokens.forNewTenant().issuedAt(expiry.minusSeconds(60)).expiresAt(expiry).sign();
        withBearer(jwt).get(AUTHS);

        withBearer(jwt).get(AUTHS)
                .then()
                .statusCode(lessThan(500));
    }

    @Test
    void lifetimeOverADayIsUnauthorized() {
        TestTokens token = TestTokens.forNewTenant().expiresAt(java.time.Instant.now().plusSeconds(3 * 86_400));

        as(token).get(AUTHS)
                .then()
                .statusCode(401);
    }
}
