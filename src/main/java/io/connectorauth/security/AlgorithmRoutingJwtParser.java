package io.connectorauth.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies each token with the one key configured for its algorithm: HS256 tokens with the shared secret, every
 * other token with the public key and algorithm of the standard MicroProfile JWT settings. A key is never used for
 * an algorithm it was not configured for, so an HS256 token signed with the RSA public key as its secret fails.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class AlgorithmRoutingJwtParser implements JWTParser {

    static final int MIN_SECRET_BYTES = 32;

    /** Made once: {@code Json.createReader} looks its provider up through the service loader on every call. */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    private final DefaultJWTParser delegate;
    private final Optional<SecretKey> hmacKey;
    private final VerifiedTokens verified;

    AlgorithmRoutingJwtParser(JWTAuthContextInfo contextInfo, JwtConfig config, VerifiedTokens verified) {
        this.delegate = new DefaultJWTParser(contextInfo);
        this.hmacKey = loadSecret(config);
        this.verified = verified;
    }

    /**
     * Verifies a bearer token. A claim of a shape the JWT library cannot read (such as {@code groups} as an object)
     * makes it throw a runtime exception; that is reported as an invalid token, a 401, rather than a server error.
     */
    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.find(token);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = verify(token);
        verified.remember(token, jwt);
        return jwt;
    }

    private JsonWebToken verify(String token) throws ParseException {
        try {
            if ("HS256".equals(algorithmOf(token))) {
                if (hmacKey.isEmpty()) {
                    throw new ParseException("HS256 tokens are not accepted: no HS256 secret is configured");
                }
                return delegate.verify(token, hmacKey.get());
            }
            return delegate.parse(token);
        } catch (ClassCastException | IllegalArgumentException | IllegalStateException e) {
            throw new ParseException("The token's claims have an unsupported shape", e);
        }
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo contextInfo) throws ParseException {
        return delegate.parse(token, contextInfo);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }

    /**
     * Returns the {@code alg} of a compact JWS header, or null when the header cannot be read; the delegate then
     * rejects the token with its own message.
     */
    static String algorithmOf(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot > 4096) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(token.substring(0, dot))))) {
            JsonObject header = reader.readObject();
            return header.getString("alg", null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Optional<SecretKey> loadSecret(JwtConfig config) {
        Optional<String> secret = config.hs256Secret()
                .or(() -> config.hs256SecretFile().map(AlgorithmRoutingJwtParser::readFile));
        return secret.map(String::trim)
                .filter(value -> !value.isEmpty())
                .map(AlgorithmRoutingJwtParser::toKey);
    }

    private static SecretKey toKey(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("The HS256 secret must be at least " + MIN_SECRET_BYTES + " bytes long");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    private static String readFile(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the HS256 secret file " + file + ": " + e.getMessage());
        }
    }
}
