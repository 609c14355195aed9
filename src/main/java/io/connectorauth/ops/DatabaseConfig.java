package io.connectorauth.ops;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Time limits on the reactive database pool, so that requests fail fast while PostgreSQL is unreachable.
 */
@ConfigMapping(prefix = "connector-auth.database")
public interface DatabaseConfig {

    /** Maximum time to open a TCP connection to PostgreSQL. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Maximum time a request waits for a pooled connection before it fails with 503. */
    @WithDefault("2s")
    Duration acquireTimeout();

    /** Maximum time the readiness check waits for {@code SELECT 1}. */
    @WithDefault("2s")
    Duration healthTimeout();

    /** Seconds a client should wait before retrying after a 503, sent as {@code Retry-After}. */
    @WithDefault("5")
    int retryAfterSeconds();
}
