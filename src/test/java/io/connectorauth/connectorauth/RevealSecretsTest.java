package io.connectorauth.connectorauth;

import static io.connectorauth.testing.Api.AUTHS;
import static io.connectorauth.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.connectorauth.common.Problem;
import io.connectorauth.testing.Api;
import io.connectorauth.testing.ProblemBodies;
import io.connectorauth.testing.Sql;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The reveal endpoint: plaintext only with scope connector_auth:reveal and read permission, never cached, and
 * never without its audit event.
 */
@QuarkusTest
class RevealSecretsTest {

    private static final String REVEAL_SCOPES = TestTokens.DEFAULT_SCOPES + " connector_auth:reveal";
    private static final String ENDPOINT = "sftp://user:reveal-endpoint-pass@server_ip/path";

    @Inject
    Pool pool;

    @Test
    void revealReturnsPlaintextSecrets() {
        TestTokens owner = TestTokens.forNewTenant().scopes(REVEAL_SCOPES);
        String id = Api.createSftpAuth(owner, Map.of("api_endpoint", ENDPOINT));

        as(owner).get(AUTHS + "/" + id + "/secrets")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("id", equalTo(id))
                .body("password", equalTo(Api.DOCS_PASSWORD))
                .body("api_endpoint", equalTo(ENDPOINT));
    }

    @Test
    void revealWithoutScopeIsForbidden() {
        TestTokens owner = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(owner, Map.of());

        Response response = as(owner).get(AUTHS + "/" + id + "/secrets");

        response.then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
        assertFalse(response.asString().contains(Api.DOCS_PASSWORD), "password in " + response.asString());
        assertEquals(List.of("denied"), outcomes(owner.tenantId(), id));
    }

    @Test
    void revealWithoutReadPermissionIsNotFound() {
        TestTokens owner = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(owner, Map.of("permissions", Map.of("read", Map.of("grant", "private"))));
        TestTokens colleague = owner.colleague().scopes(REVEAL_SCOPES);

        as(colleague).get(AUTHS + "/" + id + "/secrets")
                .then()
                .statusCode(404);

        assertEquals(List.of("not_found"), outcomes(owner.tenantId(), id));
    }

    @Test
    void revealOfOtherTenantsAuthIsNotFound() {
        TestTokens owner = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(owner, Map.of());
        TestTokens stranger = TestTokens.forNewTenant().scopes(REVEAL_SCOPES);

        as(stranger).get(AUTHS + "/" + id + "/secrets")
                .then()
                .statusCode(404);
    }

    @Test
    void revealAuditEventNamesActor() {
        String tokenId = "token-" + UUID.randomUUID();
        TestTokens owner = TestTokens.forNewTenant().scopes(REVEAL_SCOPES).claim("jti", tokenId);
        String id = Api.createSftpAuth(owner, Map.of());

        as(owner).get(AUTHS + "/" + id + "/secrets")
                .then()
                .statusCode(200);

        Row event = Sql.query(pool, "SELECT actor_id, token_id, outcome, fields, source_address, request_id "
                + "FROM audit_event WHERE tenant_id = $1 AND action = 'connector_auth.reveal'", owner.tenantId())
                .get(0);
        assertEquals(owner.userId(), event.getString("actor_id"));
        assertEquals(tokenId, event.getString("token_id"));
        assertEquals("success", event.getString("outcome"));
        assertEquals(List.of("api_endpoint", "password"), List.of(event.getArrayOfStrings("fields")));
        assertEquals("127.0.0.1", event.getString("source_address"));
        assertFalse(event.getString("request_id").isBlank(), "request id is blank");
    }

    /**
     * A trigger that rejects audit inserts of this test's tenant only, so the reveal's audit write really fails in
     * PostgreSQL while other tests keep writing.
     */
    @Test
    void failedAuditWriteRevealsNothing() {
        TestTokens owner = TestTokens.forNewTenant().scopes(REVEAL_SCOPES);
        String id = Api.createSftpAuth(owner, Map.of());
        String suffix = UUID.randomUUID().toString().replace("-", "");
        String function = "reject_audit_" + suffix;
        Sql.execute(pool, "CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$BEGIN RAISE EXCEPTION 'audit write rejected by test'; END$$");
        Sql.execute(pool, "CREATE TRIGGER " + function + " BEFORE INSERT ON audit_event FOR EACH ROW WHEN "
                + "(NEW.tenant_id = '" + owner.tenantId() + "') EXECUTE FUNCTION " + function + "()");
        Response response;
        try {
            response = as(owner).get(AUTHS + "/" + id + "/secrets");
        } finally {
            Sql.execute(pool, "DROP TRIGGER " + function + " ON audit_event");
            Sql.execute(pool, "DROP FUNCTION " + function + "()");
        }

        response.then()
                .statusCode(500)
                .header("Cache-Control", (String) null);
        assertFalse(response.asString().contains(Api.DOCS_PASSWORD), "password in " + response.asString());
        ProblemBodies.assertNoInternals(response.asString());
    }

    @Test
    void revealAfterShreddingIsGone() {
        TestTokens owner = TestTokens.forNewTenant().scopes(REVEAL_SCOPES);
        String id = Api.createSftpAuth(owner, Map.of());
        TestTokens operator = TestTokens.forNewTenant().scopes("keys:admin");

        as(operator).delete("/v1/admin/tenants/" + owner.tenantId() + "/keys")
                .then()
                .statusCode(200)
                .body("destroyed", equalTo(1));
        Response response = as(owner).get(AUTHS + "/" + id + "/secrets");

        response.then()
                .statusCode(410)
                .contentType(Problem.MEDIA_TYPE);
        assertFalse(response.asString().contains(Api.DOCS_PASSWORD), "password in " + response.asString());
        ProblemBodies.assertNoInternals(response.asString());
    }

    private List<String> outcomes(String tenantId, String targetId) {
        return Sql.query(pool, "SELECT outcome FROM audit_event WHERE tenant_id = $1 AND target_id = $2 "
                + "AND action = 'connector_auth.reveal' ORDER BY seq", tenantId, targetId)
                .stream()
                .map(row -> row.getString("outcome"))
                .toList();
    }
}
