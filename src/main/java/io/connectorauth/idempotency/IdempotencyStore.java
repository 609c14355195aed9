package io.connectorauth.idempotency;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.connectorauth.common.ApiException;
import io.connectorauth.common.ProblemKind;
import io.connectorauth.crypto.SecretCipher;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Stores and replays the first response of a create sent with an {@code Idempotency-Key}. A key belongs to one user
 * of one tenant, and an HMAC-SHA256 of the canonical JSON identifies the request. The HMAC is keyed with a key
 * derived from the service's master key, because the request contains secrets and a plain hash of a weak password
 * could be guessed offline from a database dump.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** Maximum key length, room for a UUID or any similar client-generated key. */
    public static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyRepository records;
    private final IdempotencyConfig config;
    private final Pool pool;
    private final Vertx vertx;
    private final SecretKeySpec requestKey;

    IdempotencyStore(IdempotencyRepository records, IdempotencyConfig config, Pool pool, Vertx vertx,
            SecretCipher cipher) {
        this.requestKey = new SecretKeySpec(cipher.derivedKey("idempotency-request"), "HmacSHA256");
        this.records = records;
        this.config = config;
        this.pool = pool;
        this.vertx = vertx;
    }

    /**
     * Returns the stored response for this key, or null when the key is new or expired.
     *
     * @throws ApiException with status 422 when the key was used with another request body
     */
    @WithSession
    public Uni<IdempotencyRecord> replay(String tenantId, String userId, String key, byte[] requestHash) {
        return records.findLive(tenantId, userId, key, now())
                .invoke(stored -> requireSameRequest(stored, requestHash));
    }

    /**
     * Stores the response in the caller's current transaction, so it commits or rolls back with the create. A
     * concurrent create with the same key fails on the unique constraint.
     */
    public Uni<IdempotencyRecord> record(String tenantId, String userId, String key, byte[] requestHash,
            UUID resourceId, String responseBody) {
        IdempotencyRecord stored = new IdempotencyRecord();
        stored.id = UUID.randomUUID();
        stored.tenantId = tenantId;
        stored.userId = userId;
        stored.key = key;
        stored.requestHash = requestHash;
        stored.status = 201;
        stored.resourceId = resourceId;
        stored.responseBody = responseBody;
        stored.createdAt = now();
        stored.expiresAt = stored.createdAt.plus(config.expiry());
        return records.deleteExpired(tenantId, userId, key, stored.createdAt)
                .replaceWith(stored)
                .call(records::persist)
                .call(records::flush);
    }

    /**
     * Returns the keyed hash (HMAC-SHA256) of the request's canonical form.
     */
    public byte[] hash(byte[] canonicalRequest) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(requestKey);
            return mac.doFinal(canonicalRequest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static void requireSameRequest(IdempotencyRecord stored, byte[] requestHash) {
        if (stored != null && !Arrays.equals(stored.requestHash, requestHash)) {
            throw new ApiException(ProblemKind.UNPROCESSABLE,
                    "This Idempotency-Key was used with another request body; send a new key");
        }
    }

    void scheduleCleanup(@Observes StartupEvent event) {
        vertx.setPeriodic(config.cleanupInterval().toMillis(), timer -> deleteExpired());
    }

    private void deleteExpired() {
        pool.preparedQuery("DELETE FROM idempotency_key WHERE expires_at <= $1")
                .execute(Tuple.of(now().atOffset(ZoneOffset.UTC)))
                .subscribe()
                .with(rows -> Log.debugf("Deleted %d expired idempotency keys", rows.rowCount()),
                        failure -> Log.warnf("Deleting expired idempotency keys failed: %s", failure.toString()));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
