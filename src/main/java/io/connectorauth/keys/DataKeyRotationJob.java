package io.connectorauth.keys;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.connectorauth.audit.AuditLog;
import io.connectorauth.audit.AuditOutcome;
import io.connectorauth.common.NativeSql;
import io.connectorauth.crypto.DataKeys;
import io.connectorauth.crypto.EncryptedSecret;
import io.connectorauth.crypto.SecretCipher;
import io.connectorauth.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Rotates a tenant's data key and re-encrypts its credential rows under the new version, in batches of one
 * transaction each. A batch locks its rows with {@code FOR UPDATE SKIP LOCKED} and updates a row only if its key
 * version is still the one read, so replicas can run the job at once, and a run stopped midway resumes without
 * losing a row or encrypting one twice.
 */
@ApplicationScoped
public class DataKeyRotationJob {

    private final DataKeys dataKeys;
    private final SecretCipher cipher;
    private final AuditLog audit;

    DataKeyRotationJob(DataKeys dataKeys, SecretCipher cipher, AuditLog audit) {
        this.dataKeys = dataKeys;
        this.cipher = cipher;
        this.audit = audit;
    }

    /**
     * Makes a new primary data key for the tenant, then re-encrypts as {@link #reencrypt} does.
     */
    public Uni<RotationResult> rotate(Caller operator, String tenantId, int batchSize, int maxBatches) {
        return Panache.withTransaction(() -> dataKeys.rotate(tenantId)
                .call(version -> audit.record(tenantId, operator, "keys.dek_rotate", null, AuditOutcome.SUCCESS,
                        List.of(), "new data key version " + version))
                .invoke(version -> Log.infof("Rotated the data key of tenant %s to version %d", tenantId, version)))
                .flatMap(version -> reencrypt(operator, tenantId, batchSize, maxBatches));
    }

    /**
     * Re-encrypts up to {@code maxBatches} batches of {@code batchSize} rows of the tenant that are not on its
     * primary data key, stopping early when none is left.
     */
    public Uni<RotationResult> reencrypt(Caller operator, String tenantId, int batchSize, int maxBatches) {
        return runFrom(operator, tenantId, batchSize, maxBatches, 0)
                .flatMap(processed -> remaining(tenantId).map(left -> new RotationResult(processed, left)));
    }

    private Uni<Long> runFrom(Caller operator, String tenantId, int batchSize, int batchesLeft, long processed) {
        if (batchesLeft == 0) {
            return Uni.createFrom().item(processed);
        }
        return Panache.withTransaction(() -> batch(operator, tenantId, batchSize))
                .flatMap(count -> count == 0
                        ? Uni.createFrom().item(processed)
                        : runFrom(operator, tenantId, batchSize, batchesLeft - 1, processed + count));
    }

    private Uni<Integer> batch(Caller operator, String tenantId, int batchSize) {
        return NativeSql.rows("SELECT a.id, a.key_version, a.dek_version, a.secrets "
                + KeyQueries.TENANT_ROWS_ON_OLD_KEY + " ORDER BY a.id LIMIT ?2 FOR UPDATE OF a SKIP LOCKED", tenantId,
                batchSize)
                .flatMap(rows -> Multi.createFrom()
                        .iterable(rows)
                        .onItem()
                        .transformToUniAndConcatenate(row -> reencryptOne(tenantId, row))
                        .collect()
                        .asList()
                        .call(done -> done.isEmpty()
                                ? Uni.createFrom().voidItem()
                                : audit.record(tenantId, operator, "keys.reencrypt", null, AuditOutcome.SUCCESS,
                                        List.of(), done.size() + " rows"))
                        .map(List::size));
    }

    private Uni<Integer> reencryptOne(String tenantId, Object[] row) {
        UUID id = (UUID) row[0];
        Integer kekVersion = row[1] == null ? null : ((Number) row[1]).intValue();
        Integer dekVersion = row[2] == null ? null : ((Number) row[2]).intValue();
        EncryptedSecret stored = new EncryptedSecret(kekVersion, dekVersion, (byte[]) row[3]);
        int oldVersion = dekVersion == null ? -kekVersion : dekVersion;
        return cipher.decrypt(stored, tenantId, id)
                .flatMap(plaintext -> cipher.encrypt(plaintext, tenantId, id))
                .flatMap(sealed -> NativeSql.update("UPDATE connector_auth SET secrets = ?1, dek_version = ?2, "
                        + "key_version = NULL WHERE id = ?3 AND tenant_id = ?4 "
                        + "AND coalesce(dek_version, -key_version) = ?5", sealed.ciphertext(), sealed.dekVersion(),
                        id, tenantId, oldVersion));
    }

    private Uni<Long> remaining(String tenantId) {
        return Panache.withSession(() -> NativeSql.rows("SELECT count(*) " + KeyQueries.TENANT_ROWS_ON_OLD_KEY,
                tenantId))
                .map(KeyQueries::count);
    }
}
