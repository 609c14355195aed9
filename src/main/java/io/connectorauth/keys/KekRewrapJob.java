package io.connectorauth.keys;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.connectorauth.audit.AuditLog;
import io.connectorauth.audit.AuditOutcome;
import io.connectorauth.common.NativeSql;
import io.connectorauth.crypto.DataKeys;
import io.connectorauth.crypto.KekProvider;
import io.connectorauth.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Rewraps tenant data keys under the primary KEK, in batches of one transaction each. Each batch locks its rows with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas running the job at once share the work, and a run stopped midway
 * resumes where it stopped. No secret is re-encrypted.
 */
@ApplicationScoped
public class KekRewrapJob {

    private final DataKeys dataKeys;
    private final KekProvider keks;
    private final AuditLog audit;

    KekRewrapJob(DataKeys dataKeys, KekProvider keks, AuditLog audit) {
        this.dataKeys = dataKeys;
        this.keks = keks;
        this.audit = audit;
    }

    /**
     * Runs up to {@code maxBatches} batches of {@code batchSize} data keys, stopping early when none is left.
     */
    public Uni<RotationResult> run(Caller operator, int batchSize, int maxBatches) {
        return runFrom(operator, batchSize, maxBatches, 0)
                .flatMap(processed -> remaining().map(left -> new RotationResult(processed, left)));
    }

    private Uni<Long> runFrom(Caller operator, int batchSize, int batchesLeft, long processed) {
        if (batchesLeft == 0) {
            return Uni.createFrom().item(processed);
        }
        return Panache.withTransaction(() -> batch(operator, batchSize))
                .flatMap(count -> count == 0
                        ? Uni.createFrom().item(processed)
                        : runFrom(operator, batchSize, batchesLeft - 1, processed + count));
    }

    private Uni<Integer> batch(Caller operator, int batchSize) {
        int primary = keks.primaryVersion();
        return NativeSql.rows("SELECT tenant_id, version, kek_version, wrapped_key FROM tenant_data_key "
                + "WHERE wrapped_key IS NOT NULL AND kek_version <> ?1 ORDER BY tenant_id, version LIMIT ?2 "
                + "FOR UPDATE SKIP LOCKED", primary, batchSize)
                .flatMap(rows -> Multi.createFrom()
                        .iterable(rows)
                        .onItem()
                        .transformToUniAndConcatenate(row -> rewrapOne(operator, row, primary))
                        .collect()
                        .asList()
                        .map(List::size));
    }

    private Uni<Void> rewrapOne(Caller operator, Object[] row, int primary) {
        String tenantId = (String) row[0];
        int version = ((Number) row[1]).intValue();
        int oldKek = ((Number) row[2]).intValue();
        return dataKeys.rewrap(tenantId, version, oldKek, (byte[]) row[3])
                .flatMap(wrapped -> NativeSql.update("UPDATE tenant_data_key SET wrapped_key = ?1, kek_version = ?2 "
                        + "WHERE tenant_id = ?3 AND version = ?4 AND kek_version = ?5", wrapped, primary, tenantId,
                        version, oldKek))
                .call(updated -> audit.record(tenantId, operator, "keys.kek_rewrap", null, AuditOutcome.SUCCESS,
                        List.of(), "data key " + version + " from KEK " + oldKek + " to KEK " + primary))
                .invoke(() -> Log.infof("Rewrapped data key %d of tenant %s from KEK %d to KEK %d", version,
                        tenantId, oldKek, primary))
                .replaceWithVoid();
    }

    private Uni<Long> remaining() {
        return Panache.withSession(() -> NativeSql.rows("SELECT count(*) FROM tenant_data_key "
                + "WHERE wrapped_key IS NOT NULL AND kek_version <> ?1", keks.primaryVersion()))
                .map(KeyQueries::count);
    }
}
