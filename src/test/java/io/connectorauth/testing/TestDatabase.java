package io.connectorauth.testing;

import java.nio.file.Path;

/**
 * Stops and starts the test cluster, for tests of database outages.
 */
public final class TestDatabase {

    static final String DATA_DIR_PROPERTY = "connector-auth.test.pg-data-dir";
    static final String PORT_PROPERTY = "connector-auth.test.pg-port";

    private TestDatabase() {
    }

    public static boolean isManaged() {
        return System.getProperty(DATA_DIR_PROPERTY) != null;
    }

    public static void stop() {
        PostgresResource.run("deploy/local/pg-cluster.sh", "stop", dataDir());
    }

    public static void start() {
        PostgresResource.run("deploy/local/pg-cluster.sh", "start", dataDir(), System.getProperty(PORT_PROPERTY),
                "--ephemeral");
    }

    private static String dataDir() {
        return Path.of(System.getProperty(DATA_DIR_PROPERTY)).toString();
    }
}
