package io.connectorauth.keys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.connectorauth.crypto.KekProvider;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/**
 * Gauges of rotation progress: data keys still wrapped by an older KEK, rows not yet under their tenant's primary
 * data key, and rows still encrypted directly under a KEK. They hold the last computed counts, refreshed every
 * minute and whenever an operator reads the key status.
 */
@ApplicationScoped
class KeyRotationMetrics {

    private static final Duration REFRESH = Duration.ofMinutes(1);

    private final AtomicLong dataKeysOnOldKek = new AtomicLong();
    private final AtomicLong rowsOnOldDataKey = new AtomicLong();
    private final AtomicLong rowsOnKek = new AtomicLong();

    KeyRotationMetrics(MeterRegistry registry) {
        gauge(registry, "connector_auth.keys.data_keys_on_old_kek", dataKeysOnOldKek,
                "Tenant data keys still wrapped by a KEK other than the primary");
        gauge(registry, "connector_auth.keys.rows_on_old_data_key", rowsOnOldDataKey,
                "Connector auths not yet re-encrypted under their tenant's primary data key");
        gauge(registry, "connector_auth.keys.rows_on_kek", rowsOnKek,
                "Connector auths still encrypted directly under a KEK");
    }

    void record(KeyStatus status) {
        dataKeysOnOldKek.set(status.dataKeysOnOldKek());
        rowsOnOldDataKey.set(status.rowsOnOldDataKey());
        rowsOnKek.set(status.rowsOnKek());
    }

    void scheduleRefresh(@Observes StartupEvent event, Vertx vertx, Pool pool, KekProvider keks,
            KeyAdminService keyAdmin) {
        vertx.setPeriodic(REFRESH.toMillis(), timer -> refresh(pool, keks, keyAdmin));
    }

    private void refresh(Pool pool, KekProvider keks, KeyAdminService keyAdmin) {
        int primary = keks.primaryVersion();
        pool.query(KeyAdminService.DATA_KEYS_BY_KEK)
                .execute()
                .flatMap(byKek -> pool.query(KeyAdminService.ROWS_ON_OLD_KEYS)
                        .execute()
                        .map(rows -> keyAdmin.toStatus(primary, toArrays(byKek), toArrays(rows).get(0))))
                .subscribe()
                .with(this::record, failure -> Log.warnf("Refreshing the key rotation gauges failed: %s",
                        failure.toString()));
    }

    private static List<Object[]> toArrays(RowSet<Row> rows) {
        List<Object[]> arrays = new ArrayList<>();
        for (Row row : rows) {
            Object[] values = new Object[row.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getValue(i);
            }
            arrays.add(values);
        }
        return arrays;
    }

    private static void gauge(MeterRegistry registry, String name, AtomicLong value, String description) {
        Gauge.builder(name, value, AtomicLong::get)
                .description(description)
                .register(registry);
    }
}
