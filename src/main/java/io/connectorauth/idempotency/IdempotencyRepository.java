package io.connectorauth.idempotency;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/**
 * Idempotency records, always looked up by tenant, user and key.
 */
@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, UUID> {

    /**
     * Finds the unexpired record of this key, or null.
     */
    public Uni<IdempotencyRecord> findLive(String tenantId, String userId, String key, Instant now) {
        return find("tenantId = ?1 and userId = ?2 and key = ?3 and expiresAt > ?4", tenantId, userId, key, now)
                .firstResult();
    }

    /**
     * Deletes an expired record of this key, so that the key can be stored again.
     */
    public Uni<Long> deleteExpired(String tenantId, String userId, String key, Instant now) {
        return delete("tenantId = ?1 and userId = ?2 and key = ?3 and expiresAt <= ?4", tenantId, userId, key, now);
    }
}
