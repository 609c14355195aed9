package io.connectorauth.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Cache of verified tokens, so a client that sends the same bearer token on every request pays for the signature
 * check and the claim parsing once. An entry expires at the token's {@code exp} or after
 * {@code connector-auth.jwt.cache-ttl}, whichever comes first. Keys are the SHA-256 of the compact token, so no
 * lookup compares token text byte by byte.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** A verified token and the caller resolved from its claims, once known. */
    static final class Entry {
        final JsonWebToken token;
        volatile Caller caller;

        Entry(JsonWebToken token) {
            this.token = token;
        }
    }

    private final Cache<ByteBuffer, Entry> cache;

    VerifiedTokens(JwtConfig config) {
        this.cache = config.cacheSize() > 0 ? build(config.cacheSize(), config.cacheTtl()) : null;
    }

    private static Cache<ByteBuffer, Entry> build(int size, Duration ttl) {
        return Caffeine.newBuilder()
                .maximumSize(size)
                .expireAfter(new Expiry<ByteBuffer, Entry>() {
                    @Override
                    public long expireAfterCreate(ByteBuffer key, Entry entry, long currentTime) {
                        return lifetime(entry.token.getExpirationTime(), ttl).toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(ByteBuffer key, Entry entry, long currentTime,
                            long currentDuration) {
                        return currentDuration;
                    }

                    @Override
                    public long expireAfterRead(ByteBuffer key, Entry entry, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    /**
     * Returns how long a token that expires at {@code exp} (epoch seconds) stays cached, which is the time left but at
     * most {@code ttl}, and zero once expired. The cap comes before any conversion to nanoseconds, because a long
     * of nanoseconds overflows for an expiry more than 292 years ahead.
     */
    static Duration lifetime(long exp, Duration ttl) {
        Duration left = Duration.ofSeconds(exp).minusMillis(System.currentTimeMillis());
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(ttl) < 0 ? left : ttl;
    }

    /**
     * Returns the token verified earlier from this compact form, or null when there is none.
     */
    JsonWebToken find(String compact) {
        if (cache == null) {
            return null;
        }
        Entry entry = cache.getIfPresent(digest(compact));
        return entry == null ? null : entry.token;
    }

    /**
     * Remembers a token that has just passed verification. Tokens without an expiry are not kept.
     */
    void remember(String compact, JsonWebToken token) {
        if (cache != null && token.getExpirationTime() > 0) {
            cache.put(digest(compact), new Entry(token));
        }
    }

    /**
     * Resolves the caller of a token once and keeps it with the cached token. A token that is not cached is
     * resolved on every call.
     */
    Caller caller(JsonWebToken token, Supplier<Caller> resolve) {
        String compact = token.getRawToken();
        Entry entry = cache == null || compact == null ? null : cache.getIfPresent(digest(compact));
        if (entry == null) {
            return resolve.get();
        }
        Caller caller = entry.caller;
        if (caller == null) {
            caller = resolve.get();
            entry.caller = caller;
        }
        return caller;
    }

    private static ByteBuffer digest(String compact) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256")
                    .digest(compact.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
