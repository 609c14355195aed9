package io.connectorauth.connectorauth;

import static io.connectorauth.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Permission defaults, changes and their effect on lists, beyond the status matrix.
 */
@QuarkusTest
class PermissionsTest {

    private static final Map<String, Object> PRIVATE = Map.of("read", Map.of("grant", "private"), "update",
            Map.of("grant", "private"), "delete", Map.of("grant", "private"), "manage", Map.of("grant", "private"));

    @Test
    void newAuthGetsAccountSharingDefaults() {
        TestTokens owner = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(owner, Map.of());

        as(owner).get(Api.AUTHS + "/" + id)
                .then()
                .statusCode(200)
                .body("owner_id", equalTo(owner.userId()))
                .body("permissions.read.grant", equalTo("company"))
                .body("permissions.update.grant", equalTo("company"))
                .body("permissions.delete.grant", equalTo("company"))
                .body("permissions.manage.grant", equalTo("private"));
    }

    @Test
    void listCountsOnlyVisibleRows() {
        TestTokens owner = TestTokens.forNewTenant();
        for (int i = 0; i < 4; i++) {
            Api.createSftpAuth(owner, Api.changes("name", "private " + i, "permissions", PRIVATE));
        }
        for (int i = 0; i < 3; i++) {
            Api.createSftpAuth(owner, Api.changes("name", "shared " + i));
        }
        TestTokens member = owner.colleague();

        as(member).queryParam("per_page", "2").queryParam("count", "true").get(Api.AUTHS)
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .body("$", hasSize(2))
                .body("name", equalTo(List.of("shared 0", "shared 1")));
        as(member).queryParam("per_page", "2").queryParam("page", "2").get(Api.AUTHS)
                .then()
                .statusCode(200)
                .body("name", equalTo(List.of("shared 2")));
        as(owner).queryParam("count", "true").get(Api.AUTHS)
                .then()
                .statusCode(200)
                .header("X-Total-Count", "7");
    }

    @Test
    void adminCountsEveryRowOfTenant() {
        TestTokens owner = TestTokens.forNewTenant();
        Api.createSftpAuth(owner, Api.changes("permissions", PRIVATE));

        as(owner.colleague().admin()).queryParam("count", "true").get(Api.AUTHS)
                .then()
                .statusCode(200)
                .header("X-Total-Count", "1");
    }

    @Test
    void changingPermissionsHidesAuthFromMember() {
        TestTokens owner = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(owner, Map.of());
        TestTokens member = owner.colleague();

        as(owner).body(Map.of("read", Map.of("grant", "listed", "users", List.of("someone-else"))))
                .put(Api.AUTHS + "/" + id + "/permissions")
                .then()
                .statusCode(200)
                .body("permissions.read.grant", equalTo("listed"))
                .body("permissions.read.users", equalTo(List.of("someone-else")))
                .body("permissions.update.grant", equalTo("company"));
        as(member).get(Api.AUTHS + "/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void listedGrantWithoutEntriesIsRejected() {
        TestTokens owner = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(owner, Map.of());

        as(owner).body(Map.of("read", Map.of("grant", "listed")))
                .put(Api.AUTHS + "/" + id + "/permissions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("permissions.read"));
    }

    @Test
    void companyGrantWithUsersIsRejected() {
        TestTokens owner = TestTokens.forNewTenant();

        as(owner).body(withPermissions(Map.of("update", Map.of("grant", "company", "users", List.of("u1")))))
                .post(Api.AUTHS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("permissions.update"));
    }

    @Test
    void unknownGrantIsRejected() {
        TestTokens owner = TestTokens.forNewTenant();

        as(owner).body(withPermissions(Map.of("read", Map.of("grant", "everyone"))))
                .post(Api.AUTHS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("permissions.read.grant"));
    }

    @Test
    void missingScopeNamesRequiredScope() {
        TestTokens owner = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(owner, Map.of());

        as(owner.scopes("connector_auth:manage connectors:view")).delete(Api.AUTHS + "/" + id)
                .then()
                .statusCode(403)
                .body("detail", containsString("connector_auth"));
    }

    @Test
    void tokenWithoutScopeGetsDefaultScopes() {
        TestTokens owner = TestTokens.forNewTenant().without("scope");
        String id = Api.createSftpAuth(owner, Map.of());

        as(owner).get(Api.AUTHS + "/" + id)
                .then()
                .statusCode(200);
        as(owner).delete(Api.AUTHS + "/" + id)
                .then()
                .statusCode(403);
    }

    @Test
    void scpArrayClaimIsRead() {
        TestTokens owner = TestTokens.forNewTenant().without("scope").claim("scp", List.of("connector_auth:view"));

        as(owner).get(Api.AUTHS)
                .then()
                .statusCode(200);
        as(owner).body(Api.docsBody(Api.connectorId(TestTokens.forNewTenant(), "sftp")))
                .post(Api.AUTHS)
                .then()
                .statusCode(403);
    }

    @Test
    void locoiaAccountAdminRoleIsAdmin() {
        TestTokens owner = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(owner, Api.changes("permissions", PRIVATE));

        as(owner.colleague().claim("groups", List.of("accountAdmin"))).get(Api.AUTHS + "/" + id)
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> withPermissions(Map<String, Object> permissions) {
        Map<String, Object> body = Api.docsBody(Api.connectorId(TestTokens.forNewTenant(), "sftp"));
        body.put("permissions", permissions);
        return body;
    }
}
