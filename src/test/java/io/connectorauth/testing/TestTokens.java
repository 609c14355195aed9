package io.connectorauth.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints JWTs for tests. A token starts valid for a tenant and a user; each setter changes exactly one thing, so a
 * negative test can break one property of an otherwise good token.
 */
public final class TestTokens {

    private final Map<String, Object> claims = new LinkedHashMap<>();
    private String issuer = TestKeys.ISSUER;
    private Instant issuedAt = Instant.now().minusSeconds(5);
    private Instant expiresAt = Instant.now().plusSeconds(600);
    private PrivateKey signingKey;

    /** Scopes of a test token unless a test sets others: everything on auths, read on the catalog. */
    public static final String DEFAULT_SCOPES = "connector_auth connectors:view";

    private TestTokens(String tenantId, String userId) {
        claims.put("tenant_id", tenantId);
        claims.put("sub", userId);
        claims.put("scope", DEFAULT_SCOPES);
    }

    /**
     * Returns a token of another user of the same tenant, with the default scopes.
     */
    public TestTokens colleague() {
        return forTenant(tenantId());
    }

    public TestTokens scopes(String spaceSeparated) {
        claims.put("scope", spaceSeparated);
        return this;
    }

    /**
     * Makes the caller an account admin through the {@code groups} claim.
     */
    public TestTokens admin() {
        claims.put("groups", java.util.List.of("admin"));
        return this;
    }

    public TestTokens teams(String... teams) {
        claims.put("teams", java.util.List.of(teams));
        return this;
    }

    /**
     * Starts a token for a fresh random tenant and user.
     */
    public static TestTokens forNewTenant() {
        return forTenant(newTenantId());
    }

    public static TestTokens forTenant(String tenantId) {
        return new TestTokens(tenantId, "user-" + UUID.randomUUID());
    }

    public static String newTenantId() {
        return "tenant-" + UUID.randomUUID();
    }

    public TestTokens user(String userId) {
        claims.put("sub", userId);
        return this;
    }

    public TestTokens claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    public TestTokens without(String name) {
        claims.remove(name);
        return this;
    }

    public TestTokens issuer(String value) {
        issuer = value;
        return this;
    }

    public TestTokens issuedAt(Instant value) {
        issuedAt = value;
        return this;
    }

    public TestTokens expiresAt(Instant value) {
        expiresAt = value;
        return this;
    }

    public TestTokens signedBy(PrivateKey key) {
        signingKey = key;
        return this;
    }

    public String tenantId() {
        return (String) claims.get("tenant_id");
    }

    public String userId() {
        return (String) claims.get("sub");
    }

    /**
     * Signs the token with RS256, by default with the key the service trusts.
     */
    public String sign() {
        return claimsBuilder().jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(signingKey == null ? trustedKey() : signingKey);
    }

    /**
     * Signs the token with HS256, using {@code secret} as the HMAC key. With the service's public key as the secret,
     * this is the algorithm-confusion attack.
     */
    public String signHs256(byte[] secret) {
        return claimsBuilder().jws()
                .algorithm(SignatureAlgorithm.HS256)
                .sign(new SecretKeySpec(secret, "HmacSHA256"));
    }

    /**
     * Signs the token with HS256 using the shared secret the service is configured with.
     */
    public String signHs256WithTrustedSecret() {
        return signHs256(System.getProperty(TestKeys.HS256_SECRET_PROPERTY).getBytes(StandardCharsets.UTF_8));
    }

    private JwtClaimsBuilder claimsBuilder() {
        return Jwt.claims(new LinkedHashMap<>(claims))
                .issuer(issuer)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
    }

    /**
     * Returns the token unsigned, with {@code alg: none} in its header.
     */
    public String unsigned() {
        Map<String, Object> payload = new LinkedHashMap<>(claims);
        payload.put("iss", issuer);
        payload.put("iat", Instant.now().getEpochSecond());
        payload.put("exp", expiresAt.getEpochSecond());
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + base64Url(json(payload)) + ".";
    }

    public String header() {
        return "Bearer " + sign();
    }

    static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Map<String, Object> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(key).append("\":");
            json.append(value instanceof Number ? value.toString() : "\"" + value + "\"");
        });
        return json.append('}').toString();
    }

    static PrivateKey trustedKey() {
        try {
            String pem = Files.readString(Path.of(System.getProperty(TestKeys.PRIVATE_KEY_PROPERTY)));
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the test signing key", e);
        }
    }

    /**
     * Returns the PEM file of the public key the service verifies tokens with, byte for byte.
     */
    public static byte[] trustedPublicKeyPem() {
        try {
            return Files.readAllBytes(Path.of(System.getProperty(TestKeys.PUBLIC_KEY_PROPERTY)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the test verification key", e);
        }
    }

    public static PrivateKey untrustedKey() {
        return TestKeys.rsaPair().getPrivate();
    }
}
