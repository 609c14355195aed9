package io.connectorauth.connectorauth;

import static io.connectorauth.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With sharing level {@code user}, a new auth is private to its creator and the account admins.
 */
@QuarkusTest
@TestProfile(UserSharingLevelTest.UserSharing.class)
class UserSharingLevelTest {

    public static class UserSharing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("connector-auth.permissions.sharing-level", "user");
        }
    }

    @Test
    void newAuthIsPrivateToCreator() {
        TestTokens owner = TestTokens.forNewTenant();
        String id = Api.createSftpAuth(owner, Map.of());

        as(owner).get(Api.AUTHS + "/" + id)
                .then()
                .statusCode(200)
                .body("permissions.read.grant", equalTo("private"))
                .body("permissions.update.grant", equalTo("private"))
                .body("permissions.delete.grant", equalTo("private"))
                .body("permissions.manage.grant", equalTo("private"));
        as(owner.colleague()).get(Api.AUTHS + "/" + id)
                .then()
                .statusCode(404);
        as(owner.colleague().admin()).get(Api.AUTHS + "/" + id)
                .then()
                .statusCode(200);
    }
}
