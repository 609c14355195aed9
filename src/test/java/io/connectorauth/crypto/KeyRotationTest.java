package io.connectorauth.crypto;

import static io.connectorauth.testing.Api.AUTHS;
import static io.connectorauth.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.Sql;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.subtle.AesGcmJce;

/**
 * KEK rewrap and data key rotation through the operator endpoints. The test run configures KEK 1 through the
 * single-key setting and KEK 2 as primary, so a tenant whose data key a test wraps under KEK 1 needs a rewrap.
 */
@QuarkusTest
class KeyRotationTest {

    private static final String ADMIN = "/v1/admin";
    private static final String REVEAL_SCOPES = TestTokens.DEFAULT_SCOPES + " connector_auth:reveal";

    @Inject
    Pool pool;

    private final TestTokens operator = TestTokens.forNewTenant().scopes("keys:admin");

    @Test
    void tenantAdminWithoutKeysScopeIsForbidden() {
        TestTokens tenantAdmin = TestTokens.forNewTenant().admin();
        String tenant = tenantAdmin.tenantId();

        as(tenantAdmin).get(ADMIN + "/keys/status").then().statusCode(403);
        as(tenantAdmin).post(ADMIN + "/keys/rewrap").then().statusCode(403);
        as(tenantAdmin).post(ADMIN + "/tenants/" + tenant + "/keys/rotate").then().statusCode(403);
        as(tenantAdmin).post(ADMIN + "/tenants/" + tenant + "/keys/reencrypt").then().statusCode(403);
        as(tenantAdmin).delete(ADMIN + "/tenants/" + tenant + "/keys").then().statusCode(403);
        as(tenantAdmin).delete(ADMIN + "/keys/keks/1").then().statusCode(403);
    }

    @Test
    void statusNamesConfiguredKeks() {
        as(operator).get(ADMIN + "/keys/status")
                .then()
                .statusCode(200)
                .body("primary_kek_version", equalTo(2))
                .body("kek_versions", equalTo(List.of(1, 2)));
    }

    @Test
    void retiringPrimaryKekConflicts() {
        as(operator).delete(ADMIN + "/keys/keks/2")
                .then()
                .statusCode(409);
    }

    @Test
    void retiringUnusedKekSucceeds() {
        as(operator).delete(ADMIN + "/keys/keks/7")
                .then()
                .statusCode(204);
    }

    @Test
    void newTenantKeyUsesPrimaryKek() {
        TestTokens owner = TestTokens.forNewTenant();
        Api.createSftpAuth(owner, Map.of());

        assertEquals(List.of(2), kekVersions(owner.tenantId()));
    }

    /**
     * Concurrent first writes of a new tenant race to make its data key: exactly one key wins and every write uses
     * it.
     */
    @Test
    void concurrentFirstWritesShareOneDataKey() throws InterruptedException {
        TestTokens owner = TestTokens.forNewTenant();
        String connectorId = Api.connectorId(owner, "sftp");
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread writer = new Thread(() -> statuses.add(as(owner).body(Api.docsBody(connectorId))
                    .post(AUTHS)
                    .statusCode()));
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join(60_000);
        }

        assertEquals(List.of(201, 201, 201, 201), List.copyOf(statuses));
        assertEquals(List.of(2), kekVersions(owner.tenantId()));
        assertEquals(Map.of(1, 4L), rowsByDataKey(owner.tenantId()));
    }

    @Test
    void rotationStoppedMidwayResumes() {
        TestTokens owner = TestTokens.forNewTenant().scopes(REVEAL_SCOPES);
        Map<String, String> passwords = createAuths(owner, 5);
        String tenant = owner.tenantId();

        as(operator).queryParam("batch_size", 2)
                .queryParam("max_batches", 1)
                .post(ADMIN + "/tenants/" + tenant + "/keys/rotate")
                .then()
                .statusCode(200)
                .body("processed", equalTo(2))
                .body("remaining", equalTo(3));
        assertEquals(Map.of(1, 3L, 2, 2L), rowsByDataKey(tenant));

        as(operator).queryParam("batch_size", 2)
                .post(ADMIN + "/tenants/" + tenant + "/keys/reencrypt")
                .then()
                .statusCode(200)
                .body("processed", equalTo(3))
                .body("remaining", equalTo(0));

        assertEquals(Map.of(2, 5L), rowsByDataKey(tenant));
        passwords.forEach((id, password) -> assertEquals(password, revealedPassword(owner, id), "password of " + id));
    }

    @Test
    void rewrapMovesDataKeyToPrimaryKek() throws GeneralSecurityException {
        TestTokens owner = TestTokens.forNewTenant().scopes(REVEAL_SCOPES);
        insertDataKeyUnderKek1(owner.tenantId());
        Map<String, String> passwords = createAuths(owner, 2);
        as(operator).delete(ADMIN + "/keys/keks/1")
                .then()
                .statusCode(409);

        as(operator).post(ADMIN + "/keys/rewrap")
                .then()
                .statusCode(200)
                .body("remaining", equalTo(0));

        assertEquals(List.of(2), kekVersions(owner.tenantId()));
        assertEquals(Map.of(1, 2L), rowsByDataKey(owner.tenantId()));
        passwords.forEach((id, password) -> assertEquals(password, revealedPassword(owner, id), "password of " + id));
    }

    /**
     * Each worker owns one auth and alternates an update with a reveal that must return the value just written,
     * while the main thread rewraps and rotates.
     */
    @Test
    void readsAndUpdatesSucceedDuringRotation() throws Exception {
        TestTokens owner = TestTokens.forNewTenant().scopes(REVEAL_SCOPES);
        insertDataKeyUnderKek1(owner.tenantId());
        Map<String, String> passwords = createAuths(owner, 4);
        Map<String, String> finalPasswords = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (String id : passwords.keySet()) {
            Thread worker = new Thread(() -> updateAndReadLoop(owner, id, 12, finalPasswords, failures));
            worker.start();
            workers.add(worker);
        }

        as(operator).post(ADMIN + "/keys/rewrap").then().statusCode(200);
        as(operator).queryParam("batch_size", 1)
                .post(ADMIN + "/tenants/" + owner.tenantId() + "/keys/rotate")
                .then()
                .statusCode(200);
        for (Thread worker : workers) {
            worker.join(120_000);
        }
        as(operator).post(ADMIN + "/tenants/" + owner.tenantId() + "/keys/reencrypt")
                .then()
                .statusCode(200)
                .body("remaining", equalTo(0));

        assertEquals(List.of(), List.copyOf(failures));
        assertEquals(Map.of(2, 4L), rowsByDataKey(owner.tenantId()));
        assertEquals(List.of(2, 2), kekVersions(owner.tenantId()));
        finalPasswords.forEach((id, password) -> assertEquals(password, revealedPassword(owner, id),
                "password of " + id));
    }

    private static void updateAndReadLoop(TestTokens owner, String id, int rounds, Map<String, String> last,
            ConcurrentLinkedQueue<String> failures) {
        for (int i = 0; i < rounds; i++) {
            String password = "load-" + id + "-" + i;
            int status = as(owner).body(Map.of("password", password))
                    .put(AUTHS + "/" + id)
                    .statusCode();
            if (status != 200) {
                failures.add("update " + i + " of " + id + " returned " + status);
                return;
            }
            last.put(id, password);
            Response reveal = as(owner).get(AUTHS + "/" + id + "/secrets");
            if (reveal.statusCode() != 200 || !password.equals(reveal.path("password"))) {
                failures.add("reveal " + i + " of " + id + " returned " + reveal.statusCode() + " "
                        + reveal.path("password"));
                return;
            }
        }
    }

    private static Map<String, String> createAuths(TestTokens owner, int count) {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String password = "rotation-" + i + "-" + System.nanoTime();
            passwords.put(Api.createSftpAuth(owner, Map.of("password", password)), password);
        }
        return passwords;
    }

    private static String revealedPassword(TestTokens owner, String id) {
        return as(owner).get(AUTHS + "/" + id + "/secrets")
                .then()
                .statusCode(200)
                .extract()
                .path("password");
    }

    /**
     * Stores a data key for the tenant wrapped under KEK 1, as a service that ran before KEK 2 was added would have.
     */
    private void insertDataKeyUnderKek1(String tenantId) throws GeneralSecurityException {
        byte[] kek1 = Base64.getDecoder()
                .decode(ConfigProvider.getConfig().getValue("connector-auth.crypto.key", String.class));
        AeadConfig.register();
        KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        byte[] keyset = TinkProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        byte[] wrapped = new AesGcmJce(kek1).encrypt(keyset, DataKeys.wrapAssociatedData(tenantId, 1));
        Sql.execute(pool, "INSERT INTO tenant_data_key (tenant_id, version, kek_version, wrapped_key, state, "
                + "created_at) VALUES ($1, 1, 1, $2, 'primary', now())", tenantId, Buffer.buffer(wrapped));
    }

    private List<Integer> kekVersions(String tenantId) {
        return Sql.query(pool, "SELECT kek_version FROM tenant_data_key WHERE tenant_id = $1 ORDER BY version",
                tenantId)
                .stream()
                .map(row -> row.getInteger(0))
                .toList();
    }

    private Map<Integer, Long> rowsByDataKey(String tenantId) {
        Map<Integer, Long> counts = new TreeMap<>();
        Sql.query(pool, "SELECT dek_version, count(*) FROM connector_auth WHERE tenant_id = $1 "
                + "AND secrets IS NOT NULL GROUP BY dek_version", tenantId)
                .forEach(row -> counts.put(row.getInteger(0), row.getLong(1)));
        assertTrue(counts.keySet().stream().allMatch(Objects::nonNull), "rows without a data key");
        return counts;
    }
}
