package io.connectorauth.connectorauth;

import static io.connectorauth.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every combination of caller, token scope, action and grant shape, with the exact status each must get. The
 * expected status comes from the rules below, written once and readable:
 * <ol>
 * <li>a token without a scope for the action gets 403, for every caller;</li>
 * <li>create needs only the scope;</li>
 * <li>another tenant's auth, and an auth the caller may not read, is 404 (and absent from lists);</li>
 * <li>readable but lacking update, delete or manage is 403 on PUT, DELETE or PUT permissions;</li>
 * <li>owners and account admins hold every permission.</li>
 * </ol>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final String LISTED_USER = "listed-user";
    private static final String LISTED_TEAM = "listed-team";

    enum CallerKind {
        ADMIN, OWNER, COMPANY_MEMBER, LISTED_USER, LISTED_TEAM_MEMBER, OTHER_TENANT
    }

    enum ScopeSet {
        FULL("connector_auth connectors:view"), MANAGE("connector_auth:manage connectors:view"), VIEW(
                "connector_auth:view connectors:view"), NONE("connectors:view");

        final String claim;

        ScopeSet(String claim) {
            this.claim = claim;
        }

        boolean allows(Action action) {
            return switch (action) {
                case LIST, GET -> this != NONE;
                case CREATE, UPDATE, CHANGE_PERMISSIONS -> this == FULL || this == MANAGE;
                case DELETE -> this == FULL;
            };
        }
    }

    enum Action {
        LIST, GET, CREATE, UPDATE, DELETE, CHANGE_PERMISSIONS
    }

    /** Grant shapes applied to the four permissions (read, update, delete, manage). */
    enum Shape {
        ALL_COMPANY("company", "company", "company", "company"), ALL_LISTED("listed", "listed", "listed",
                "listed"), ALL_PRIVATE("private", "private", "private", "private"), READ_COMPANY_ONLY("company",
                        "private", "private", "private"), LISTED_MAY_UPDATE("company", "listed", "private", "private");

        final String[] grants;

        Shape(String... grants) {
            this.grants = grants;
        }

        Map<String, Object> permissions() {
            String[] names = {"read", "update", "delete", "manage"};
            Map<String, Object> permissions = new java.util.LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                permissions.put(names[i], grant(grants[i]));
            }
            return permissions;
        }

        private static Map<String, Object> grant(String grant) {
            if (grant.equals("listed")) {
                return Map.of("grant", "listed", "users", List.of(LISTED_USER), "teams", List.of(LISTED_TEAM));
            }
            return Map.of("grant", grant);
        }

        /** Whether a caller has permission {@code index} (0 read, 1 update, 2 delete, 3 manage). */
        boolean grants(CallerKind caller, int index) {
            return switch (caller) {
                case ADMIN, OWNER -> true;
                case OTHER_TENANT -> false;
                case COMPANY_MEMBER -> grants[index].equals("company");
                case LISTED_USER, LISTED_TEAM_MEMBER -> !grants[index].equals("private");
            };
        }
    }

    private String tenantId;
    private TestTokens ownerToken;
    private final Map<Shape, String> authIds = new EnumMap<>(Shape.class);

    /**
     * Creates the shared auths on first use: REST Assured gets the test port only once a test runs.
     */
    private void createOneAuthPerShape() {
        if (tenantId != null) {
            return;
        }
        tenantId = TestTokens.newTenantId();
        ownerToken = TestTokens.forTenant(tenantId);
        for (Shape shape : Shape.values()) {
            authIds.put(shape, Api.createSftpAuth(ownerToken, Api.changes("name", shape.name(),
                    "permissions", shape.permissions())));
        }
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (CallerKind caller : CallerKind.values()) {
            for (ScopeSet scopes : ScopeSet.values()) {
                for (Action action : Action.values()) {
                    for (Shape shape : Shape.values()) {
                        cells.add(Arguments.of(caller, scopes, action, shape, expected(caller, scopes, action,
                                shape)));
                    }
                }
            }
        }
        return cells.stream();
    }

    static int expected(CallerKind caller, ScopeSet scopes, Action action, Shape shape) {
        if (!scopes.allows(action)) {
            return 403;
        }
        if (action == Action.CREATE) {
            return 201;
        }
        boolean readable = shape.grants(caller, 0);
        return switch (action) {
            case LIST -> readable ? 200 : 404;
            case GET -> readable ? 200 : 404;
            case UPDATE -> !readable ? 404 : shape.grants(caller, 1) ? 200 : 403;
            case DELETE -> !readable ? 404 : shape.grants(caller, 2) ? 204 : 403;
            case CHANGE_PERMISSIONS -> !readable ? 404 : shape.grants(caller, 3) ? 200 : 403;
            case CREATE -> 201;
        };
    }

    @ParameterizedTest(name = "{0} with {1} scopes: {2} on {3} -> {4}")
    @MethodSource("cells")
    void statusMatchesRules(CallerKind caller, ScopeSet scopes, Action action, Shape shape, int expected) {
        createOneAuthPerShape();
        TestTokens token = tokenFor(caller).scopes(scopes.claim);
        String id = action == Action.DELETE && expected == 204 ? freshAuth(shape) : authIds.get(shape);

        int status = perform(token, action, id, shape);

        assertEquals(expected, status);
    }

    private String freshAuth(Shape shape) {
        return Api.createSftpAuth(ownerToken, Api.changes("name", "fresh " + shape.name(),
                "permissions", shape.permissions()));
    }

    private TestTokens tokenFor(CallerKind caller) {
        return switch (caller) {
            case ADMIN -> TestTokens.forTenant(tenantId).admin();
            case OWNER -> TestTokens.forTenant(tenantId).user(ownerToken.userId());
            case COMPANY_MEMBER -> TestTokens.forTenant(tenantId);
            case LISTED_USER -> TestTokens.forTenant(tenantId).user(LISTED_USER);
            case LISTED_TEAM_MEMBER -> TestTokens.forTenant(tenantId).teams("other-team", LISTED_TEAM);
            case OTHER_TENANT -> TestTokens.forNewTenant().admin();
        };
    }

    /**
     * Performs the action and returns its status; for LIST, 200 when the auth is in the list and 404 when not.
     */
    private int perform(TestTokens token, Action action, String id, Shape shape) {
        String path = Api.AUTHS + "/" + id;
        Response response = switch (action) {
            case LIST -> as(token).queryParam("filter", "id,eq," + id).get(Api.AUTHS);
            case GET -> as(token).get(path);
            case CREATE -> as(token).body(Api.docsBody(Api.connectorId(TestTokens.forNewTenant(), "sftp")))
                    .post(Api.AUTHS);
            case UPDATE -> as(token).body(Map.of("tags", List.of("touched"))).put(path);
            case DELETE -> as(token).delete(path);
            case CHANGE_PERMISSIONS -> as(token).body(shape.permissions()).put(path + "/permissions");
        };
        if (action == Action.LIST && response.statusCode() == 200) {
            return response.jsonPath().getList("id").contains(id) ? 200 : 404;
        }
        return response.statusCode();
    }
}
