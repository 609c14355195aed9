package io.connectorauth.keys;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.connectorauth.audit.AuditLog;
import io.connectorauth.audit.AuditOutcome;
import io.connectorauth.common.ApiException;
import io.connectorauth.common.NativeSql;
import io.connectorauth.common.ProblemKind;
import io.connectorauth.crypto.DataKeys;
import io.connectorauth.crypto.KekProvider;
import io.connectorauth.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Reports key rotation progress, checks that a KEK can be retired, and crypto-shreds a tenant.
 */
@ApplicationScoped
public class KeyAdminService {

    /** Data keys per KEK version that wraps them. */
    static final String DATA_KEYS_BY_KEK = "SELECT kek_version, count(*) FROM tenant_data_key "
            + "WHERE wrapped_key IS NOT NULL GROUP BY kek_version";
    /** Rows not under their tenant's primary data key, and rows still encrypted directly under a KEK. */
    static final String ROWS_ON_OLD_KEYS = "SELECT count(*) FILTER (WHERE a.dek_version IS DISTINCT FROM "
            + "(SELECT k.version FROM tenant_data_key k WHERE k.tenant_id = a.tenant_id AND k.state = 'primary')), "
            + "count(*) FILTER (WHERE a.key_version IS NOT NULL) FROM connector_auth a WHERE a.secrets IS NOT NULL";

    private final KekProvider keks;
    private final KeyRotationMetrics metrics;
    private final DataKeys dataKeys;
    private final AuditLog audit;

    KeyAdminService(KekProvider keks, DataKeys dataKeys, AuditLog audit, KeyRotationMetrics metrics) {
        this.metrics = metrics;
        this.keks = keks;
        this.dataKeys = dataKeys;
        this.audit = audit;
    }

    /**
     * Counts the data keys and rows that rotation has not reached yet.
     */
    @WithSession
    public Uni<KeyStatus> status() {
        int primary = keks.primaryVersion();
        return NativeSql.rows(DATA_KEYS_BY_KEK)
                .flatMap(byKek -> NativeSql.rows(ROWS_ON_OLD_KEYS)
                        .map(rows -> toStatus(primary, byKek, rows.get(0))))
                .invoke(metrics::record);
    }

    KeyStatus toStatus(int primary, List<Object[]> byKek, Object[] rowCounts) {
        Map<Integer, Long> dataKeysByKek = new TreeMap<>();
        long onOldKek = 0;
        for (Object[] row : byKek) {
            int version = ((Number) row[0]).intValue();
            long count = ((Number) row[1]).longValue();
            dataKeysByKek.put(version, count);
            onOldKek += version == primary ? 0 : count;
        }
        return new KeyStatus(primary, keks.versions(), dataKeysByKek, onOldKek,
                ((Number) rowCounts[0]).longValue(), ((Number) rowCounts[1]).longValue());
    }

    /**
     * Checks that nothing depends on KEK {@code version} any more, so it can be removed from configuration.
     *
     * @throws ApiException 409 when it is the primary KEK or still wraps a data key or encrypts a row
     */
    @WithSession
    public Uni<Void> retireKek(int version) {
        if (version == keks.primaryVersion()) {
            return Uni.createFrom().failure(new ApiException(ProblemKind.CONFLICT, "KEK version " + version
                    + " is the primary KEK; make another version primary and rewrap first"));
        }
        return NativeSql.rows("SELECT (SELECT count(*) FROM tenant_data_key WHERE kek_version = ?1), "
                + "(SELECT count(*) FROM connector_auth WHERE key_version = ?1)", version)
                .map(rows -> rows.get(0))
                .invoke(counts -> requireUnused(version, ((Number) counts[0]).longValue(),
                        ((Number) counts[1]).longValue()))
                .invoke(() -> Log.infof("KEK version %d is no longer used and can be removed", version))
                .replaceWithVoid();
    }

    private static void requireUnused(int version, long dataKeys, long rows) {
        if (dataKeys > 0 || rows > 0) {
            throw new ApiException(ProblemKind.CONFLICT, "KEK version " + version + " still wraps " + dataKeys
                    + " data keys and encrypts " + rows + " rows directly; run the rewrap and rotate those "
                    + "tenants' data keys first");
        }
    }

    /**
     * Destroys every data key of the tenant, making its stored secrets unrecoverable.
     *
     * @throws ApiException 409 while rows of the tenant are still encrypted directly under a KEK, because destroying
     *             data keys would not reach them. Rotating the tenant's data key first moves them.
     */
    @WithTransaction
    public Uni<Integer> destroyTenantKeys(Caller operator, String tenantId) {
        return NativeSql.rows("SELECT count(*) FROM connector_auth WHERE tenant_id = ?1 AND key_version IS NOT NULL",
                tenantId)
                .map(KeyQueries::count)
                .invoke(legacy -> {
                    if (legacy > 0) {
                        throw new ApiException(ProblemKind.CONFLICT, legacy + " rows of tenant " + tenantId
                                + " are encrypted directly under a KEK; rotate the tenant's data key first");
                    }
                })
                .flatMap(legacy -> dataKeys.destroyAll(tenantId))
                .call(destroyed -> audit.record(tenantId, operator, "keys.destroy", null, AuditOutcome.SUCCESS,
                        List.of(), destroyed + " data keys destroyed"))
                .invoke(destroyed -> Log.infof("Destroyed %d data keys of tenant %s", destroyed, tenantId));
    }
}
