package io.connectorauth.common;

import static io.connectorauth.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.connectorauth.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Sends random and hostile query parameters to the list endpoints: every response must be a 200 or a 400 problem,
 * never a 5xx. The seed is printed on failure; {@code -Dfuzz.seed=N} replays a run and {@code -Dfuzz.cases=N}
 * changes its length.
 */
@QuarkusTest
class ListEndpointFuzzTest {

    private static final List<String> ENDPOINTS = List.of(Api.AUTHS, "/v1/connectors");
    private static final List<String> PARAMETERS = List.of("filter", "sort", "page", "per_page", "cursor", "count");
    private static final List<String> HOSTILE = List.of(
            "'; DROP TABLE connector_auth; --",
            "name,eq,'' OR 1=1 --",
            "name,like,\"%",
            "name,like,\"\\",
            "name,in," + ",".repeat(150),
            "tags,any,\"a\",\"b",
            "created_at,bt,2026-13-45,x",
            "id,eq,00000000-0000-0000-0000-00000000000g",
            "name,eq,\u0000",
            "name,eq,\uD83D\uDE00\uD800",
            "name,like,\"" + "x".repeat(10_000) + "\"",
            "$1,eq,1",
            "name;select 1,eq,1",
            "-",
            ",,,",
            "name,-name,--name",
            "9999999999999999999999",
            "-1",
            "true; false",
            "%00%27");

    @Test
    void hostileParametersNeverCauseServerError() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int cases = Integer.getInteger("fuzz.cases", 150);
        Random random = new Random(seed);
        TestTokens token = TestTokens.forNewTenant();
        Api.createSftpAuth(token, Api.changes("name", "fuzz target"));

        for (int i = 0; i < cases; i++) {
            String endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
            String parameter = PARAMETERS.get(random.nextInt(PARAMETERS.size()));
            String value = random.nextBoolean() ? HOSTILE.get(random.nextInt(HOSTILE.size())) : randomText(random);
            Response response = as(token).queryParam(parameter, value).get(endpoint);

            String context = "seed " + seed + ", case " + i + ": " + endpoint + "?" + parameter + "="
                    + abbreviate(value);
            int status = response.statusCode();
            assertTrue(status == 200 || status == 400, () -> context + " returned " + status);
            if (status == 400) {
                assertEquals("application/problem+json", response.contentType(), context);
            }
        }
    }

    private static String randomText(Random random) {
        int length = random.nextInt(random.nextInt(10) == 0 ? 5_000 : 60);
        StringBuilder text = new StringBuilder(length);
        String alphabet = "abcdefghijklmnopqrstuvwxyz_,\"\\%-:.0123456789 ";
        for (int i = 0; i < length; i++) {
            if (random.nextInt(20) == 0) {
                text.append((char) random.nextInt(0x3000));
            } else {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return text.toString();
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "...";
    }
}
