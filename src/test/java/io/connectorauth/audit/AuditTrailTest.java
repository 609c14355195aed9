package io.connectorauth.audit;

import static io.connectorauth.testing.Api.AUTHS;
import static io.connectorauth.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.Sql;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The audit trail: events for every change, listing for account admins only, names of changed secrets without
 * their values, and a chain whose verification finds an edited or deleted event.
 */
@QuarkusTest
class AuditTrailTest {

    private static final String EVENTS = "/v1/audit-events";

    @Inject
    Pool pool;

    @Test
    void changesWriteEventsInOrder() {
        TestTokens admin = TestTokens.forNewTenant().admin();
        String id = Api.createSftpAuth(admin, Map.of());
        as(admin).body(Map.of("name", "Renamed"))
                .put(AUTHS + "/" + id)
                .then()
                .statusCode(200);
        as(admin).body(Map.of("read", Map.of("grant", "private")))
                .put(AUTHS + "/" + id + "/permissions")
                .then()
                .statusCode(200);
        as(admin).delete(AUTHS + "/" + id)
                .then()
                .statusCode(204);

        as(admin).queryParam("sort", "occurred_at")
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("", hasSize(4))
                .body("action", equalTo(List.of("connector_auth.create", "connector_auth.update",
                        "connector_auth.permissions", "connector_auth.delete")))
                .body("target_id", equalTo(List.of(id, id, id, id)))
                .body("[1].fields", equalTo(List.of("name")))
                .body("[2].fields", equalTo(List.of("permissions.read")));
    }

    @Test
    void listFiltersByAction() {
        TestTokens admin = TestTokens.forNewTenant().admin();
        String id = Api.createSftpAuth(admin, Map.of());
        as(admin).delete(AUTHS + "/" + id)
                .then()
                .statusCode(204);

        as(admin).queryParam("filter", "action,eq,connector_auth.delete")
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].actor_id", equalTo(admin.userId()))
                .body("[0].outcome", equalTo("success"));
    }

    @Test
    void listOmitsOtherTenantsEvents() {
        TestTokens admin = TestTokens.forNewTenant().admin();
        Api.createSftpAuth(TestTokens.forNewTenant(), Map.of());

        as(admin).get(EVENTS)
                .then()
                .statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void listForNonAdminIsForbidden() {
        as(TestTokens.forNewTenant()).get(EVENTS)
                .then()
                .statusCode(403);
    }

    @Test
    void verifyForNonAdminIsForbidden() {
        as(TestTokens.forNewTenant()).get(EVENTS + "/verify")
                .then()
                .statusCode(403);
    }

    @Test
    void secretChangeRecordsNameNotValue() {
        TestTokens admin = TestTokens.forNewTenant().admin();
        String id = Api.createSftpAuth(admin, Map.of());
        String newPassword = "audit-secret-" + System.nanoTime();

        as(admin).body(Map.of("password", newPassword))
                .put(AUTHS + "/" + id)
                .then()
                .statusCode(200);

        String events = as(admin).get(EVENTS)
                .then()
                .statusCode(200)
                .body("[1].fields", equalTo(List.of("password")))
                .extract()
                .asString();
        String stored = Sql.query(pool, "SELECT string_agg(t::text, ' ') FROM audit_event t WHERE tenant_id = $1",
                admin.tenantId())
                .get(0)
                .getString(0);
        assertFalse(events.contains(newPassword), "new password in " + events);
        assertFalse(stored.contains(newPassword), "new password in stored events " + stored);
        assertFalse(stored.contains(Api.DOCS_PASSWORD), "created password in stored events " + stored);
    }

    @Test
    void verifyAcceptsIntactChain() {
        TestTokens admin = TestTokens.forNewTenant().admin();
        createAndRename(admin, 2);

        as(admin).get(EVENTS + "/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("events_checked", equalTo(4))
                .body("last_seq", equalTo(4));
    }

    @Test
    void verifyFindsEditedEvent() {
        TestTokens admin = TestTokens.forNewTenant().admin();
        createAndRename(admin, 2);

        Sql.execute(pool, "UPDATE audit_event SET actor_id = 'someone-else' WHERE tenant_id = $1 AND seq = 2",
                admin.tenantId());

        as(admin).get(EVENTS + "/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("broken_seq", equalTo(2))
                .body("events_checked", equalTo(1));
    }

    @Test
    void verifyFindsDeletedEvent() {
        TestTokens admin = TestTokens.forNewTenant().admin();
        createAndRename(admin, 2);

        Sql.execute(pool, "DELETE FROM audit_event WHERE tenant_id = $1 AND seq = 3", admin.tenantId());

        as(admin).get(EVENTS + "/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("broken_seq", equalTo(4));
    }

    @Test
    void concurrentWritersKeepOneChain() throws InterruptedException {
        TestTokens admin = TestTokens.forNewTenant().admin();
        String id = Api.createSftpAuth(admin, Map.of());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            Thread thread = new Thread(() -> as(admin.colleague().admin())
                    .body(Map.of("tags", List.of("tag-" + n)))
                    .put(AUTHS + "/" + id));
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join(30_000);
        }

        long events = Sql.query(pool, "SELECT count(*) FROM audit_event WHERE tenant_id = $1", admin.tenantId())
                .get(0)
                .getLong(0);
        as(admin).get(EVENTS + "/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("events_checked", equalTo((int) events));
        assertEquals(events, Sql.query(pool, "SELECT max(seq) FROM audit_event WHERE tenant_id = $1",
                admin.tenantId())
                .get(0)
                .getLong(0));
    }

    private static void createAndRename(TestTokens admin, int count) {
        for (int i = 0; i < count; i++) {
            String id = Api.createSftpAuth(admin, Map.of());
            as(admin).body(Map.of("name", "Renamed " + i))
                    .put(AUTHS + "/" + id)
                    .then()
                    .statusCode(200);
        }
    }
}
