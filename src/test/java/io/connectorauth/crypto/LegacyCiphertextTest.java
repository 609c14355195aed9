package io.connectorauth.crypto;

import static io.connectorauth.testing.Api.AUTHS;
import static io.connectorauth.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.Sql;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

import com.google.crypto.tink.subtle.AesGcmJce;

/**
 * Rows written before tenant data keys existed: AES-256-GCM directly under the single configured key (KEK 1), with
 * {@code key_version} set and no data key version. They still decrypt, block crypto-shredding, and move to the
 * tenant's data key on rotation.
 */
@QuarkusTest
class LegacyCiphertextTest {

    private static final String REVEAL_SCOPES = TestTokens.DEFAULT_SCOPES + " connector_auth:reveal";
    private static final String LEGACY_PASSWORD = "legacy-password-7Hq";

    @Inject
    Pool pool;

    private final TestTokens owner = TestTokens.forNewTenant().scopes(REVEAL_SCOPES);
    private final TestTokens operator = TestTokens.forNewTenant().scopes("keys:admin");

    @Test
    void legacyRowDecrypts() throws GeneralSecurityException {
        String id = createLegacyRow();

        assertEquals(LEGACY_PASSWORD, revealedPassword(id));
    }

    @Test
    void legacyRowBlocksShredding() throws GeneralSecurityException {
        createLegacyRow();

        as(operator).delete("/v1/admin/tenants/" + owner.tenantId() + "/keys")
                .then()
                .statusCode(409);
    }

    @Test
    void rotationMovesLegacyRowToDataKey() throws GeneralSecurityException {
        String id = createLegacyRow();

        as(operator).post("/v1/admin/tenants/" + owner.tenantId() + "/keys/rotate")
                .then()
                .statusCode(200)
                .body("processed", equalTo(1))
                .body("remaining", equalTo(0));

        Row row = Sql.query(pool, "SELECT key_version, dek_version FROM connector_auth WHERE id = $1",
                UUID.fromString(id))
                .get(0);
        assertEquals(null, row.getInteger("key_version"));
        assertEquals(2, row.getInteger("dek_version"));
        assertEquals(LEGACY_PASSWORD, revealedPassword(id));
    }

    /**
     * Creates an auth, then replaces its ciphertext with one in the format of the single-key cipher.
     */
    private String createLegacyRow() throws GeneralSecurityException {
        String id = Api.createSftpAuth(owner, Map.of("api_endpoint", "sftp://server_ip/path"));
        byte[] kek1 = Base64.getDecoder()
                .decode(ConfigProvider.getConfig().getValue("connector-auth.crypto.key", String.class));
        byte[] payload = ("{\"password\":\"" + LEGACY_PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] ciphertext = new AesGcmJce(kek1).encrypt(payload,
                SecretCipher.associatedData(owner.tenantId(), UUID.fromString(id)));
        Sql.execute(pool, "UPDATE connector_auth SET secrets = $1, key_version = 1, dek_version = NULL, "
                + "secret_fields = '{password}' WHERE id = $2", Buffer.buffer(ciphertext), UUID.fromString(id));
        return id;
    }

    private String revealedPassword(String id) {
        return as(owner).get(AUTHS + "/" + id + "/secrets")
                .then()
                .statusCode(200)
                .extract()
                .path("password");
    }
}
