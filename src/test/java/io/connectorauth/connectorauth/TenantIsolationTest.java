package io.connectorauth.connectorauth;

import static io.connectorauth.testing.Api.AUTHS;
import static io.connectorauth.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.connectorauth.common.PageResponses;
import io.connectorauth.common.Problem;
import io.connectorauth.common.ProblemKind;
import io.connectorauth.testing.Api;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Tenant B never reads, changes or deletes tenant A's connector auths, and cannot tell them apart from ids that do
 * not exist. Tenants' private connectors are outside this class.
 */
@QuarkusTest
class TenantIsolationTest {

    private static final List<String> COMPARED_PROBLEM_FIELDS = List.of("type", "title", "status", "detail");
    private static final Map<String, Object> RENAME = Map.of("name", "Renamed by another tenant");

    private final TestTokens ownerToken = TestTokens.forNewTenant();
    private final TestTokens otherToken = TestTokens.forNewTenant();

    @Test
    void getOfOtherTenantsAuthIsNotFound() {
        String id = Api.createSftpAuth(ownerToken, Map.of());

        Response foreign = as(otherToken).get(AUTHS + "/" + id);
        Response missing = as(otherToken).get(AUTHS + "/" + UUID.randomUUID());

        assertSameNotFound(foreign, missing);
    }

    @Test
    void putOfOtherTenantsAuthIsNotFound() {
        String id = Api.createSftpAuth(ownerToken, Map.of());

        Response foreign = as(otherToken).body(RENAME).put(AUTHS + "/" + id);
        Response missing = as(otherToken).body(RENAME).put(AUTHS + "/" + UUID.randomUUID());

        assertSameNotFound(foreign, missing);
    }

    @Test
    void deleteOfOtherTenantsAuthIsNotFound() {
        String id = Api.createSftpAuth(ownerToken, Map.of());

        Response foreign = as(otherToken).delete(AUTHS + "/" + id);
        Response missing = as(otherToken).delete(AUTHS + "/" + UUID.randomUUID());

        assertSameNotFound(foreign, missing);
    }

    @Test
    void otherTenantsWritesLeaveAuthUnchanged() {
        String id = Api.createSftpAuth(ownerToken, Map.of("name", "Owner's SFTP"));

        as(otherToken).body(RENAME).put(AUTHS + "/" + id);
        as(otherToken).body(Map.of("password", "taken-over")).put(AUTHS + "/" + id);
        as(otherToken).delete(AUTHS + "/" + id);

        as(ownerToken).get(AUTHS + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Owner's SFTP"))
                .body("version", equalTo(0))
                .body("updated_by", equalTo(ownerToken.userId()));
    }

    @Test
    void listOmitsOtherTenantsAuths() {
        String foreignId = Api.createSftpAuth(ownerToken, Map.of());
        String ownId = Api.createSftpAuth(otherToken, Map.of());

        as(otherToken).get(AUTHS)
                .then()
                .statusCode(200)
                .body("id", hasItem(ownId))
                .body("id", not(hasItem(foreignId)));
    }

    /**
     * Each filter matches the owner's auth, as the owner's own query shows, yet returns it to no other tenant.
     */
    @ParameterizedTest
    @ValueSource(strings = {"name,like,\"%\"", "name,eq,\"Shared name\"", "id,eq,{foreignId}",
            "created_by,eq,\"{ownerUser}\"", "tags,any,\"Example Tag\""})
    void filteredListOmitsOtherTenantsAuths(String filterTemplate) {
        String foreignId = Api.createSftpAuth(ownerToken, Map.of("name", "Shared name"));
        String filter = filterTemplate.replace("{foreignId}", foreignId)
                .replace("{ownerUser}", ownerToken.userId());

        as(ownerToken).queryParam("filter", filter)
                .get(AUTHS)
                .then()
                .statusCode(200)
                .body("id", hasItem(foreignId));

        as(otherToken).queryParam("filter", filter)
                .get(AUTHS)
                .then()
                .statusCode(200)
                .body("id", not(hasItem(foreignId)));
    }

    @Test
    void totalCountExcludesOtherTenantsAuths() {
        Api.createSftpAuth(ownerToken, Map.of());
        Api.createSftpAuth(ownerToken, Map.of());
        String ownId = Api.createSftpAuth(otherToken, Map.of());

        as(otherToken).queryParam("count", "true")
                .get(AUTHS)
                .then()
                .statusCode(200)
                .header(PageResponses.TOTAL_COUNT, "1")
                .body("id", equalTo(List.of(ownId)));
    }

    @Test
    void filteredTotalCountExcludesOtherTenantsAuths() {
        Api.createSftpAuth(ownerToken, Map.of());

        as(otherToken).queryParam("count", "true")
                .queryParam("filter", "name,like,\"%\"")
                .get(AUTHS)
                .then()
                .statusCode(200)
                .header(PageResponses.TOTAL_COUNT, "0")
                .body("id", equalTo(List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE"})
    void malformedIdIsNotFound(String method) {
        as(ownerToken).body(RENAME)
                .request(method, AUTHS + "/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemKind.NOT_FOUND.type()));
    }

    private static void assertSameNotFound(Response foreign, Response missing) {
        assertEquals(404, foreign.statusCode(), "status of the other tenant's auth");
        assertEquals(404, missing.statusCode(), "status of a random id");
        JsonPath foreignBody = foreign.jsonPath();
        JsonPath missingBody = missing.jsonPath();
        for (String field : COMPARED_PROBLEM_FIELDS) {
            assertEquals(missingBody.getString(field), foreignBody.getString(field), field);
        }
        assertEquals(missing.contentType(), foreign.contentType(), "content type");
    }
}
