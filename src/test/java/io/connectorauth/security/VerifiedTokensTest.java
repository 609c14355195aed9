package io.connectorauth.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * The cache of verified tokens on its own: what it returns, and when it stops returning it.
 */
class VerifiedTokensTest {

    private static final String COMPACT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl";

    @Test
    void rememberedTokenIsFound() {
        VerifiedTokens tokens = new VerifiedTokens(config(10, Duration.ofMinutes(5)));
        JsonWebToken token = token(COMPACT, Instant.now().plusSeconds(600));
        tokens.remember(COMPACT, token);

        assertSame(token, tokens.find(COMPACT));
    }

    @Test
    void otherTextIsNotFound() {
        VerifiedTokens tokens = new VerifiedTokens(config(10, Duration.ofMinutes(5)));
        tokens.remember(COMPACT, token(COMPACT, Instant.now().plusSeconds(600)));

        assertNull(tokens.find(COMPACT + "x"));
    }

    @Test
    void tokenIsNotFoundAfterItsExpiry() throws InterruptedException {
        VerifiedTokens tokens = new VerifiedTokens(config(10, Duration.ofMinutes(5)));
        tokens.remember(COMPACT, token(COMPACT, Instant.now().plusSeconds(1)));
        Thread.sleep(1_100);

        assertNull(tokens.find(COMPACT));
    }

    @Test
    void tokenIsNotFoundAfterTheCacheLifetime() throws InterruptedException {
        VerifiedTokens tokens = new VerifiedTokens(config(10, Duration.ofMillis(200)));
        tokens.remember(COMPACT, token(COMPACT, Instant.now().plusSeconds(600)));
        Thread.sleep(300);

        assertNull(tokens.find(COMPACT));
    }

    @Test
    void farFutureExpiryIsRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(config(10, Duration.ofMinutes(5)));
        JsonWebToken token = token(COMPACT, Instant.ofEpochSecond(20_000_000_000L));
        tokens.remember(COMPACT, token);

        assertSame(token, tokens.find(COMPACT));
    }

    @Test
    void lifetimeOfFarFutureExpiryIsTtl() {
        assertEquals(Duration.ofMinutes(5), VerifiedTokens.lifetime(20_000_000_000L, Duration.ofMinutes(5)));
    }

    @Test
    void lifetimeOfExpiredTokenIsZero() {
        long expired = Instant.now().minusSeconds(10).getEpochSecond();

        assertEquals(Duration.ZERO, VerifiedTokens.lifetime(expired, Duration.ofMinutes(5)));
    }

    @Test
    void expiredTokenIsNotRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(config(10, Duration.ofMinutes(5)));
        tokens.remember(COMPACT, token(COMPACT, Instant.now().minusSeconds(10)));

        assertNull(tokens.find(COMPACT));
    }

    @Test
    void sizeZeroRemembersNothing() {
        VerifiedTokens tokens = new VerifiedTokens(config(0, Duration.ofMinutes(5)));
        tokens.remember(COMPACT, token(COMPACT, Instant.now().plusSeconds(600)));

        assertNull(tokens.find(COMPACT));
    }

    @Test
    void callerIsResolvedOncePerRememberedToken() {
        VerifiedTokens tokens = new VerifiedTokens(config(10, Duration.ofMinutes(5)));
        JsonWebToken token = token(COMPACT, Instant.now().plusSeconds(600));
        tokens.remember(COMPACT, token);
        Caller first = tokens.caller(token, VerifiedTokensTest::newCaller);

        assertSame(first, tokens.caller(token, VerifiedTokensTest::newCaller));
    }

    private static Caller newCaller() {
        return new Caller("tenant", "user", null, false, List.of(), Set.of(Scope.CONNECTOR_AUTH));
    }

    private static JwtConfig config(int size, Duration ttl) {
        return new JwtConfig() {
            @Override
            public Optional<String> hs256Secret() {
                return Optional.empty();
            }

            @Override
            public Optional<String> hs256SecretFile() {
                return Optional.empty();
            }

            @Override
            public int cacheSize() {
                return size;
            }

            @Override
            public Duration cacheTtl() {
                return ttl;
            }
        };
    }

    private static JsonWebToken token(String compact, Instant expiry) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("raw_token", compact);
        claims.put("exp", expiry.getEpochSecond());
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "user";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }
}
