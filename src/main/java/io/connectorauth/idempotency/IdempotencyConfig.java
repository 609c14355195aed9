package io.connectorauth.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Retention of {@code Idempotency-Key} responses.
 */
@ConfigMapping(prefix = "connector-auth.idempotency")
public interface IdempotencyConfig {

    /** How long a key replays its first response; after that the key may be used for a new create. */
    @WithDefault("24h")
    Duration expiry();

    /** How often expired keys are deleted. */
    @WithDefault("1h")
    Duration cleanupInterval();
}
