package io.connectorauth.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a throwaway PostgreSQL cluster for the test run with {@code deploy/local/pg-cluster.sh}, unless
 * {@code QUARKUS_DATASOURCE_REACTIVE_URL} points at a database already. Also supplies the JWT verification key and
 * the encryption key the tests use, both generated for this run.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final Path SCRIPT = Path.of("deploy/local/pg-cluster.sh");

    private Path workDir;
    private Path dataDir;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        try {
            workDir = Files.createTempDirectory("connector-auth-test-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            config.putAll(TestKeys.generate(workDir));
            if (System.getenv("QUARKUS_DATASOURCE_REACTIVE_URL") == null) {
                config.putAll(startCluster());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare the test environment", e);
        }
        return config;
    }

    private Map<String, String> startCluster() throws IOException {
        dataDir = workDir.resolve("pg");
        int port = freePort();
        run(SCRIPT.toString(), "start", dataDir.toString(), Integer.toString(port), "--ephemeral");
        System.setProperty(TestDatabase.DATA_DIR_PROPERTY, dataDir.toString());
        System.setProperty(TestDatabase.PORT_PROPERTY, Integer.toString(port));
        String hostAndDb = "127.0.0.1:" + port + "/connector_auth";
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + hostAndDb,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostAndDb,
                "quarkus.datasource.username", "connector_auth",
                "quarkus.datasource.password", "connector_auth");
    }

    @Override
    public void stop() {
        try {
            if (dataDir != null) {
                run(SCRIPT.toString(), "stop", dataDir.toString());
            }
        } finally {
            deleteQuietly(workDir);
        }
    }

    static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + exit
                        + ":\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command[0], e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // The folder is in the system temp directory, so a leftover is harmless.
        }
    }
}
