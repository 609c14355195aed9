package io.connectorauth.ops;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/**
 * Creates the reactive PostgreSQL pool with bounded connect and acquire times, which Quarkus 3.33 has no settings
 * for. Without them a connect to an unreachable host waits for the Netty default of 60 seconds.
 */
@Singleton
public class BoundedPoolCreator implements PgPoolCreator {

    private final DatabaseConfig config;

    BoundedPoolCreator(DatabaseConfig config) {
        this.config = config;
    }

    @Override
    public Pool create(Input input) {
        List<PgConnectOptions> targets = input.pgConnectOptionsList();
        int connectMillis = (int) config.connectTimeout().toMillis();
        for (PgConnectOptions target : targets) {
            target.setConnectTimeout(connectMillis);
        }
        PoolOptions pool = input.poolOptions()
                .setConnectionTimeout((int) config.acquireTimeout().toMillis())
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        return PgBuilder.pool()
                .with(pool)
                .connectingTo(List.copyOf(targets))
                .using(input.vertx())
                .build();
    }
}
