package io.connectorauth.ops;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Reports ready while {@code SELECT 1} succeeds within the configured time. It runs on the reactive client and
 * returns a {@code Uni}, unlike the built-in data source check, which blocks a worker thread while it waits.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements AsyncHealthCheck {

    private static final String NAME = "database";

    private final Pool pool;
    private final DatabaseConfig config;

    DatabaseReadinessCheck(Pool pool, DatabaseConfig config) {
        this.pool = pool;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return pool.query("SELECT 1")
                .execute()
                .ifNoItem()
                .after(config.healthTimeout())
                .fail()
                .map(rows -> HealthCheckResponse.up(NAME))
                .onFailure()
                .recoverWithItem(DatabaseReadinessCheck::down);
    }

    private static HealthCheckResponse down(Throwable failure) {
        return HealthCheckResponse.named(NAME)
                .down()
                .withData("reason",
                        failure instanceof io.smallrye.mutiny.TimeoutException ? "timed out" : "unreachable")
                .build();
    }
}
