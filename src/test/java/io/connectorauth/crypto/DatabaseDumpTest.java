package io.connectorauth.crypto;

import static io.connectorauth.testing.Api.AUTHS;
import static io.connectorauth.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A {@code pg_dump} of the database, as a backup would hold it, contains none of the secrets stored through the
 * API, neither as text nor as the hex PostgreSQL prints bytea in.
 */
@QuarkusTest
class DatabaseDumpTest {

    private static final Path PG_DUMP = Path.of("/usr/lib/postgresql/15/bin/pg_dump");

    @Test
    void dumpHoldsNoPlaintextSecret() throws Exception {
        List<String> secrets = storeDistinctiveSecrets();

        String dump = pgDump();

        assertTrue(dump.contains("connector_auth"), "the dump has no connector_auth table");
        for (String secret : secrets) {
            String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
            assertFalse(dump.contains(secret), "secret " + secret + " in the dump");
            assertFalse(dump.contains(hex), "secret " + secret + " as hex in the dump");
        }
    }

    private static List<String> storeDistinctiveSecrets() {
        TestTokens owner = TestTokens.forNewTenant();
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String password = "dump-password-" + UUID.randomUUID();
            String endpointPassword = "dump-endpoint-" + UUID.randomUUID();
            String id = Api.createSftpAuth(owner, Map.of("password", password, "api_endpoint",
                    "sftp://user:" + endpointPassword + "@server_ip/path"));
            String newPassword = "dump-updated-" + UUID.randomUUID();
            as(owner).body(Map.of("password", newPassword))
                    .put(AUTHS + "/" + id)
                    .then()
                    .statusCode(200);
            secrets.addAll(List.of(password, endpointPassword, newPassword));
        }
        String s3Secret = "dump-s3-" + UUID.randomUUID();
        Map<String, Object> s3 = Api.s3Body(Api.connectorId(owner, "amazon-s3"));
        s3.put("user_input", Map.of("access_key_id", "AKIAIOSFODNN7EXAMPLE", "secret_access_key", s3Secret,
                "region", "eu-central-1"));
        as(owner).body(s3)
                .post(AUTHS)
                .then()
                .statusCode(201);
        secrets.add(s3Secret);
        return secrets;
    }

    /**
     * Dumps the test database over TCP with the application's credentials, so it works as root too.
     */
    private static String pgDump() throws IOException, InterruptedException {
        var config = ConfigProvider.getConfig();
        URI url = URI.create(config.getValue("quarkus.datasource.jdbc.url", String.class).substring("jdbc:".length()));
        Path output = Files.createTempFile("connector-auth-dump-", ".sql");
        try {
            ProcessBuilder builder = new ProcessBuilder(PG_DUMP.toString(), "--host", url.getHost(), "--port",
                    Integer.toString(url.getPort()), "--username",
                    config.getValue("quarkus.datasource.username", String.class), "--no-password", "--file",
                    output.toString(), url.getPath().substring(1))
                    .redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", config.getValue("quarkus.datasource.password", String.class));
            Process process = builder.start();
            String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "pg_dump did not finish in 120 s");
            assertEquals(0, process.exitValue(), "pg_dump failed: " + messages);
            return Files.readString(output, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
