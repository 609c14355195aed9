package io.connectorauth.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings for the source address that audit events record.
 */
@ConfigMapping(prefix = "connector-auth.audit")
public interface AuditConfig {

    /**
     * Records the first address of {@code X-Forwarded-For} instead of the peer address. Turn on only behind a proxy
     * that sets the header, since clients can forge it otherwise.
     */
    @WithDefault("false")
    boolean trustForwardedFor();
}
