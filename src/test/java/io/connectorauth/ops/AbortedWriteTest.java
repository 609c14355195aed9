package io.connectorauth.ops;

import static io.connectorauth.testing.Api.AUTHS;
import static io.connectorauth.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.Sql;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes whose client closes the connection before the response, as wrk does at the end of a run. Each write commits
 * or rolls back as a whole, the audit chain stays intact, every connection goes back to the pool, and the service
 * logs no error.
 * <p>
 * Request {@code i} closes its socket {@code i} ms after sending, so that some closes arrive while the transaction
 * runs. The 16 requests stay below the pool's 20 connections, so none waits for one.
 */
@QuarkusTest
class AbortedWriteTest {

    private static final int REQUESTS = 16;
    private static final String REVEAL_SCOPES = TestTokens.DEFAULT_SCOPES + " connector_auth:reveal";

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

    private final ErrorCapture errors = new ErrorCapture();

    @BeforeEach
    void captureErrors() {
        Logger.getLogger("").addHandler(errors);
    }

    @AfterEach
    void stopCapture() {
        Logger.getLogger("").removeHandler(errors);
    }

    @Test
    void abortedCreatesAreWholeOrAbsent() throws Exception {
        TestTokens admin = TestTokens.forNewTenant().admin();
        Map<String, Object> body = Api.docsBody(Api.connectorId(admin, "sftp"));

        for (int i = 0; i < REQUESTS; i++) {
            body.put("name", "aborted-" + i);
            abort("POST", AUTHS, admin, Map.of(), body, i);
        }
        awaitIdleDatabase();

        assertEquals(List.of(), errors.messages(), "ERROR log records");
        assertEquals(authIds(admin), eventTargets(admin, "connector_auth.create"), "auths and their create events");
        assertEquals(0, eventsWithoutSource(admin), "events without request id or source address");
        assertChainIntact(admin);
        assertEquals(0, openTransactions(), "transactions left open");
        assertEquals(0, awaitConnectionsReturned(), "pooled connections in use");
    }

    @Test
    void abortedIdempotentCreatesReplayOnRetry() throws Exception {
        TestTokens admin = TestTokens.forNewTenant().admin();
        Map<String, Object> body = Api.docsBody(Api.connectorId(admin, "sftp"));

        for (int i = 0; i < REQUESTS; i++) {
            body.put("name", "aborted-" + i);
            abort("POST", AUTHS, admin, Map.of("Idempotency-Key", "key-" + i), body, i);
        }
        awaitIdleDatabase();
        Set<String> retried = new TreeSet<>();
        for (int i = 0; i < REQUESTS; i++) {
            body.put("name", "aborted-" + i);
            retried.add(as(admin).header("Idempotency-Key", "key-" + i)
                    .body(body)
                    .post(AUTHS)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }

        assertEquals(List.of(), errors.messages(), "ERROR log records");
        assertEquals(REQUESTS, retried.size(), "distinct ids returned by the retries");
        assertEquals(retried, authIds(admin), "auths after the retries");
        assertEquals(retried, eventTargets(admin, "connector_auth.create"), "create events after the retries");
        assertChainIntact(admin);
        assertEquals(0, openTransactions(), "transactions left open");
        assertEquals(0, awaitConnectionsReturned(), "pooled connections in use");
    }

    @Test
    void abortedUpdatesAreWholeOrAbsent() throws Exception {
        TestTokens admin = TestTokens.forNewTenant().admin();
        String id = Api.createSftpAuth(admin, Map.of());
        String path = AUTHS + "/" + id;

        for (int i = 0; i < REQUESTS; i++) {
            abort("PUT", path, admin, Map.of(), Map.of("name", "renamed-" + i), i);
            abort("PUT", path + "/permissions", admin, Map.of(), Map.of("read", Map.of("grant", "company")), i);
        }
        awaitIdleDatabase();
        long version = Sql.query(pool, "SELECT version FROM connector_auth WHERE id = $1", UUID.fromString(id))
                .get(0)
                .getLong(0);

        assertEquals(List.of(), errors.messages(), "ERROR log records");
        assertEquals(version, eventCount(admin, "connector_auth.update") + eventCount(admin,
                "connector_auth.permissions"), "version against update and permissions events");
        assertChainIntact(admin);
        assertEquals(0, openTransactions(), "transactions left open");
        assertEquals(0, awaitConnectionsReturned(), "pooled connections in use");
    }

    @Test
    void abortedDeletesAreWholeOrAbsent() throws Exception {
        TestTokens admin = TestTokens.forNewTenant().admin();
        Set<String> created = new TreeSet<>();
        for (int i = 0; i < REQUESTS; i++) {
            created.add(Api.createSftpAuth(admin, Map.of("name", "aborted-" + i)));
        }

        int i = 0;
        for (String id : created) {
            abort("DELETE", AUTHS + "/" + id, admin, Map.of(), null, i++);
        }
        awaitIdleDatabase();
        Set<String> deleted = new TreeSet<>(created);
        deleted.removeAll(authIds(admin));

        assertEquals(List.of(), errors.messages(), "ERROR log records");
        assertEquals(deleted, eventTargets(admin, "connector_auth.delete"), "deleted auths and their delete events");
        assertChainIntact(admin);
        assertEquals(0, openTransactions(), "transactions left open");
        assertEquals(0, awaitConnectionsReturned(), "pooled connections in use");
    }

    @Test
    void abortedRevealsLogNoError() throws Exception {
        TestTokens admin = TestTokens.forNewTenant().admin().scopes(REVEAL_SCOPES);
        String id = Api.createSftpAuth(admin, Map.of());

        for (int i = 0; i < REQUESTS; i++) {
            abort("GET", AUTHS + "/" + id + "/secrets", admin, Map.of(), null, i);
        }
        awaitIdleDatabase();

        assertEquals(List.of(), errors.messages(), "ERROR log records");
        assertChainIntact(admin);
        assertEquals(0, openTransactions(), "transactions left open");
        assertEquals(0, awaitConnectionsReturned(), "pooled connections in use");
    }

    @Test
    void abortedConnectorCreatesLogNoError() throws Exception {
        TestTokens admin = TestTokens.forNewTenant().admin().scopes("connector_auth connectors");

        for (int i = 0; i < REQUESTS; i++) {
            abort("POST", "/v1/connectors", admin, Map.of(), connectorBody("erp-" + i), i);
        }
        awaitIdleDatabase();

        assertEquals(List.of(), errors.messages(), "ERROR log records");
        assertEquals(0, openTransactions(), "transactions left open");
        assertEquals(0, awaitConnectionsReturned(), "pooled connections in use");
    }

    @Test
    void abortedKeyRotationsKeepSecretsReadable() throws Exception {
        TestTokens owner = TestTokens.forNewTenant().admin().scopes(REVEAL_SCOPES);
        TestTokens operator = TestTokens.forNewTenant().scopes("keys:admin");
        Map<String, String> passwords = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            String password = "rotation-" + i;
            passwords.put(Api.createSftpAuth(owner, Map.of("password", password)), password);
        }
        String rotate = "/v1/admin/tenants/" + owner.tenantId() + "/keys/rotate?batch_size=1";

        for (int i = 0; i < REQUESTS; i++) {
            abort("POST", rotate, operator, Map.of(), null, i);
        }
        awaitIdleDatabase();
        long dataKeys = Sql.query(pool, "SELECT count(*) FROM tenant_data_key WHERE tenant_id = $1",
                owner.tenantId())
                .get(0)
                .getLong(0);

        assertEquals(List.of(), errors.messages(), "ERROR log records");
        assertEquals(dataKeys - 1, eventCount(owner, "keys.dek_rotate"), "data keys against rotation events");
        passwords.forEach((id, password) -> as(owner).get(AUTHS + "/" + id + "/secrets")
                .then()
                .statusCode(200)
                .body("password", equalTo(password)));
        assertChainIntact(owner);
        assertEquals(0, openTransactions(), "transactions left open");
        assertEquals(0, awaitConnectionsReturned(), "pooled connections in use");
    }

    /**
     * Sends a request on a fresh connection and closes the connection {@code delayMillis} after sending, without
     * reading the response.
     */
    private void abort(String method, String path, TestTokens token, Map<String, String> headers, Object body,
            int delayMillis) throws IOException, InterruptedException {
        byte[] content = body == null ? new byte[0] : toJson(body);
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(RestAssured.port).append("\r\n")
                .append("Authorization: ").append(token.header()).append("\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Content-Length: ").append(content.length).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            Thread.sleep(delayMillis);
        }
    }

    private byte[] toJson(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize the request body", e);
        }
    }

    /**
     * Waits until no other database session has run a statement or held a transaction for half a second, so that
     * every aborted request has finished or rolled back.
     */
    private void awaitIdleDatabase() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int idlePolls = 0;
        while (idlePolls < 5 && Instant.now().isBefore(deadline)) {
            long busy = Sql.query(pool, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND pid <> pg_backend_pid() AND state IN ('active', 'idle in transaction')")
                    .get(0)
                    .getLong(0);
            idlePolls = busy == 0 ? idlePolls + 1 : 0;
            Thread.sleep(100);
        }
    }

    /**
     * Returns the number of pooled connections in use, waiting up to 5 seconds for it to reach 0, because the key
     * rotation gauges borrow a connection once a minute.
     */
    private static double awaitConnectionsReturned() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        double active = connectionsInUse();
        while (active > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            active = connectionsInUse();
        }
        return active;
    }

    private static double connectionsInUse() {
        String line = RestAssured.given()
                .get("/q/metrics")
                .asString()
                .lines()
                .filter(metric -> metric.startsWith("sql_pool_active{"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("/q/metrics has no sql_pool_active gauge"));
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    private long openTransactions() {
        return Sql.query(pool, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND state LIKE 'idle in transaction%'")
                .get(0)
                .getLong(0);
    }

    private Set<String> authIds(TestTokens token) {
        return strings(Sql.query(pool, "SELECT id::text FROM connector_auth WHERE tenant_id = $1",
                token.tenantId()));
    }

    private Set<String> eventTargets(TestTokens token, String action) {
        return strings(Sql.query(pool, "SELECT target_id FROM audit_event WHERE tenant_id = $1 AND action = $2",
                token.tenantId(), action));
    }

    private long eventCount(TestTokens token, String action) {
        return Sql.query(pool, "SELECT count(*) FROM audit_event WHERE tenant_id = $1 AND action = $2",
                token.tenantId(), action)
                .get(0)
                .getLong(0);
    }

    private long eventsWithoutSource(TestTokens token) {
        return Sql.query(pool, "SELECT count(*) FROM audit_event WHERE tenant_id = $1 "
                + "AND (request_id IS NULL OR source_address IS NULL)", token.tenantId())
                .get(0)
                .getLong(0);
    }

    private static Set<String> strings(List<Row> rows) {
        Set<String> values = new TreeSet<>();
        rows.forEach(row -> values.add(row.getString(0)));
        return values;
    }

    private static void assertChainIntact(TestTokens token) {
        TestTokens admin = TestTokens.forTenant(token.tenantId()).admin();
        as(admin).get("/v1/audit-events/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true));
    }

    private static Map<String, Object> connectorBody(String slug) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Internal ERP");
        body.put("slug", slug);
        body.put("status", "active");
        body.put("auth_schemas", Map.of("api_key", Map.of("fields", List.of(
                Map.of("name", "auth_token", "required", true, "secret", true)))));
        return body;
    }

    /** Collects log records at ERROR level or above, with their logger name and message. */
    private static final class ErrorCapture extends Handler {

        private final List<String> messages = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                String thrown = record.getThrown() == null ? "" : " (" + record.getThrown() + ")";
                messages.add(record.getLoggerName() + ": " + record.getMessage() + thrown);
            }
        }

        synchronized List<String> messages() {
            return List.copyOf(messages);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
