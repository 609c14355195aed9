package io.connectorauth.connectorauth;

import static io.connectorauth.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Filtering, sorting and paging of {@code GET /v1/connector-auths} against PostgreSQL.
 */
@QuarkusTest
class ConnectorAuthListTest {

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private static List<String> createNamed(TestTokens token, String... names) {
        List<String> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(Api.createSftpAuth(token, Api.changes("name", name)));
        }
        return ids;
    }

    private static Response list(TestTokens token, Map<String, ?> query) {
        return as(token).queryParams(query).get(Api.AUTHS);
    }

    @Test
    void likeFilterIsCaseInsensitiveSubstring() {
        TestTokens token = TestTokens.forNewTenant();
        createNamed(token, "Acme SFTP", "acme archive", "Globex");

        list(token, Map.of("filter", "name,like,\"%ACME%\"", "sort", "name"))
                .then()
                .statusCode(200)
                .body("name", equalTo(List.of("Acme SFTP", "acme archive")));
    }

    @Test
    void likeEscapeMatchesPercentLiterally() {
        TestTokens token = TestTokens.forNewTenant();
        createNamed(token, "100% done", "100 done");

        list(token, Map.of("filter", "name,like,\"%\\\\%%\""))
                .then()
                .statusCode(200)
                .body("name", equalTo(List.of("100% done")));
    }

    @Test
    void repeatedFiltersMustAllHold() {
        TestTokens token = TestTokens.forNewTenant();
        Api.createSftpAuth(token, Api.changes("name", "alpha one", "tags", List.of("red")));
        Api.createSftpAuth(token, Api.changes("name", "alpha two", "tags", List.of("blue")));

        as(token)
                .queryParam("filter", "name,like,alpha%", "tags,any,red")
                .get(Api.AUTHS)
                .then()
                .statusCode(200)
                .body("name", equalTo(List.of("alpha one")));
    }

    @Test
    void tagsAllRequiresEveryValue() {
        TestTokens token = TestTokens.forNewTenant();
        Api.createSftpAuth(token, Api.changes("name", "both", "tags", List.of("red", "Customer XYZ")));
        Api.createSftpAuth(token, Api.changes("name", "one", "tags", List.of("red")));

        list(token, Map.of("filter", "tags,all,red,\"Customer XYZ\""))
                .then()
                .statusCode(200)
                .body("name", equalTo(List.of("both")));
    }

    @Test
    void authTypeInFilterSelectsListedTypes() {
        TestTokens token = TestTokens.forNewTenant();
        createNamed(token, "sftp login");

        list(token, Map.of("filter", "auth_type,in,oauth2,basic_auth"))
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        list(token, Map.of("filter", "auth_type,in,oauth2,username_password"))
                .then()
                .statusCode(200)
                .body("name", equalTo(List.of("sftp login")));
    }

    @Test
    void createdAtBetweenFiltersByTime() {
        TestTokens token = TestTokens.forNewTenant();
        createNamed(token, "recent");

        list(token, Map.of("filter", "created_at,bt,2000-01-01,2001-01-01"))
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        list(token, Map.of("filter", "created_at,gt,2000-01-01T00:00:00Z"))
                .then()
                .statusCode(200)
                .body("name", equalTo(List.of("recent")));
    }

    @Test
    void sortDescendingByName() {
        TestTokens token = TestTokens.forNewTenant();
        createNamed(token, "b", "c", "a");

        list(token, Map.of("sort", "-name"))
                .then()
                .statusCode(200)
                .body("name", equalTo(List.of("c", "b", "a")));
    }

    @Test
    void secretFieldFilterIsRejected() {
        TestTokens token = TestTokens.forNewTenant();

        list(token, Map.of("filter", "password,eq,password123"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:connector-auth:problem:invalid-query"))
                .body("errors[0].field", equalTo("filter"))
                .body("detail", containsString("password"));
    }

    @Test
    void malformedUuidNamesField() {
        list(TestTokens.forNewTenant(), Map.of("filter", "connector_id,eq,not-a-uuid"))
                .then()
                .statusCode(400)
                .body("detail", containsString("connector_id"));
    }

    @Test
    void unknownOperatorIsRejected() {
        list(TestTokens.forNewTenant(), Map.of("filter", "name,contains,x"))
                .then()
                .statusCode(400)
                .body("detail", containsString("contains"));
    }

    @Test
    void countHeaderOnlyWhenRequested() {
        TestTokens token = TestTokens.forNewTenant();
        createNamed(token, "one", "two", "three");

        list(token, Map.of("per_page", "2", "count", "true"))
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .body("$", hasSize(2));
        list(token, Map.of("per_page", "2"))
                .then()
                .statusCode(200)
                .header("X-Total-Count", nullValue());
    }

    @Test
    void pageNumbersWalkAllRows() {
        TestTokens token = TestTokens.forNewTenant();
        createNamed(token, "a", "b", "c", "d", "e");

        list(token, Map.of("sort", "name", "page", "2", "per_page", "2"))
                .then()
                .statusCode(200)
                .body("name", equalTo(List.of("c", "d")))
                .header("Link", containsString("page=3"));
        list(token, Map.of("sort", "name", "page", "3", "per_page", "2"))
                .then()
                .statusCode(200)
                .body("name", equalTo(List.of("e")))
                .header("Link", nullValue());
    }

    @Test
    void cursorLinksWalkAllRowsOnce() {
        TestTokens token = TestTokens.forNewTenant();
        List<String> created = createNamed(token, "a", "b", "c", "d", "e", "f", "g");

        List<String> seen = new ArrayList<>();
        Response response = list(token, Map.of("per_page", "3", "sort", "-name"));
        int pages = 0;
        while (true) {
            assertEquals(200, response.statusCode());
            seen.addAll(response.jsonPath().getList("id"));
            pages++;
            String next = nextLink(response);
            if (next == null) {
                break;
            }
            response = as(token).urlEncodingEnabled(false).get(next);
        }

        assertEquals(3, pages);
        assertEquals(created.size(), seen.size());
        assertEquals(new java.util.HashSet<>(created), new java.util.HashSet<>(seen));
    }

    @Test
    void tamperedCursorIsRejected() {
        TestTokens token = TestTokens.forNewTenant();
        createNamed(token, "a", "b");
        Response first = list(token, Map.of("per_page", "1"));
        String next = nextLink(first);
        assertNotNull(next);
        String cursor = next.replaceAll(".*cursor=([^&]+).*", "$1");
        char last = cursor.charAt(cursor.length() - 2);
        String tampered = cursor.substring(0, cursor.length() - 2) + (last == 'A' ? 'B' : 'A')
                + cursor.charAt(cursor.length() - 1);

        list(token, Map.of("cursor", tampered))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void cursorFromOtherSortIsRejected() {
        TestTokens token = TestTokens.forNewTenant();
        createNamed(token, "a", "b");
        String next = nextLink(list(token, Map.of("per_page", "1", "sort", "name")));
        String cursor = next.replaceAll(".*cursor=([^&]+).*", "$1");

        as(token).urlEncodingEnabled(false)
                .get(Api.AUTHS + "?per_page=1&sort=-created_at&cursor=" + cursor)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void filterNeverReturnsOtherTenantsRows() {
        TestTokens owner = TestTokens.forNewTenant();
        TestTokens other = TestTokens.forNewTenant();
        createNamed(owner, "shared name");

        list(other, Map.of("filter", "name,like,\"%\"", "count", "true"))
                .then()
                .statusCode(200)
                .header("X-Total-Count", "0")
                .body("$", hasSize(0));
        list(other, Map.of("filter", "name,eq,\"shared name\""))
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void lastPageHasNoNextLink() {
        TestTokens token = TestTokens.forNewTenant();
        createNamed(token, "only");

        Response response = list(token, Map.of("per_page", "1"));

        assertNull(nextLink(response));
    }

    private static String nextLink(Response response) {
        String header = response.header("Link");
        if (header == null) {
            return null;
        }
        Matcher matcher = NEXT_LINK.matcher(header);
        return matcher.find() ? matcher.group(1) : null;
    }
}
