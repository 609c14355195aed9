package io.connectorauth.connector;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the global connector catalog.
 */
@ConfigMapping(prefix = "connector-auth.catalog")
public interface CatalogConfig {

    /**
     * Upserts the bundled catalog at start-up, matching entries by slug.
     */
    @WithDefault("true")
    boolean seed();

    /**
     * Classpath resource holding the catalog as a JSON array.
     */
    @WithDefault("catalog/connectors.json")
    String resource();
}
