package io.connectorauth.ops;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Counters of the service's domain events. Their tags are fixed values only, never a tenant, user or auth id, so
 * the number of time series stays bounded. The bean starts eagerly so that every counter is scraped as 0 before its
 * first event.
 */
@Startup
@ApplicationScoped
public class DomainMetrics {

    private final Counter created;
    private final Counter updated;
    private final Counter deleted;
    private final Counter revealed;
    private final Counter decryptFailures;

    DomainMetrics(MeterRegistry registry) {
        created = authEvents(registry, "created");
        updated = authEvents(registry, "updated");
        deleted = authEvents(registry, "deleted");
        revealed = Counter.builder("connector_auth.secret.reveals")
                .description("Secret values returned in plaintext")
                .register(registry);
        decryptFailures = Counter.builder("connector_auth.decrypt.failures")
                .description("Stored secrets that failed to decrypt")
                .register(registry);
    }

    private static Counter authEvents(MeterRegistry registry, String event) {
        return Counter.builder("connector_auth.auths")
                .description("Connector auths created, updated and deleted")
                .tag("event", event)
                .register(registry);
    }

    public void authCreated() {
        created.increment();
    }

    public void authUpdated() {
        updated.increment();
    }

    public void authDeleted() {
        deleted.increment();
    }

    public void secretRevealed() {
        revealed.increment();
    }

    public void decryptFailed() {
        decryptFailures.increment();
    }
}
