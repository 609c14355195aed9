package io.connectorauth.testing;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers the PostgreSQL cluster and keys for every {@code @QuarkusTest} in the run.
 */
@QuarkusTestResource(PostgresResource.class)
public final class TestResources {

    private TestResources() {
    }
}
