package io.connectorauth.security;

import static io.connectorauth.testing.Api.withBearer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidAlgorithmParameterException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.connectorauth.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/**
 * With {@code mp.jwt.verify.publickey.algorithm=ES256} and an EC public key, ES256 tokens are accepted and RS256
 * ones are not.
 */
@QuarkusTest
@TestProfile(Es256VerificationTest.Es256Keys.class)
class Es256VerificationTest {

    private static final String ISSUER = "https://connector-auth.test/es256";
    private static final KeyPair EC_PAIR = ecPair();

    public static class Es256Keys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path pem = Files.createTempFile("es256-public-", ".pem");
                String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(EC_PAIR.getPublic()
                        .getEncoded());
                Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
                pem.toFile().deleteOnExit();
                return Map.of(
                        "mp.jwt.verify.publickey.location", pem.toUri().toString(),
                        "mp.jwt.verify.publickey.algorithm", "ES256",
                        "mp.jwt.verify.issuer", ISSUER);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static KeyPair ecPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(SignatureAlgorithm algorithm, PrivateKey key) {
        return Jwt.claims(Map.of("tenant_id", "tenant-" + UUID.randomUUID(), "sub", "user-es256"))
                .issuer(ISSUER)
                .issuedAt(Instant.now().minusSeconds(5))
                .expiresAt(Instant.now().plusSeconds(300))
                .jws()
                .algorithm(algorithm)
                .sign(key);
    }

    @Test
    void es256TokenIsAccepted() {
        withBearer(token(SignatureAlgorithm.ES256, EC_PAIR.getPrivate())).get(Api.AUTHS)
                .then()
                .statusCode(200);
    }

    @Test
    void es256TokenFromOtherKeyIsUnauthorized() {
        withBearer(token(SignatureAlgorithm.ES256, ecPair().getPrivate())).get(Api.AUTHS)
                .then()
                .statusCode(401);
    }

    @Test
    void rs256TokenIsUnauthorized() {
        PrivateKey rsa;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            rsa = generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }

        withBearer(token(SignatureAlgorithm.RS256, rsa)).get(Api.AUTHS)
                .then()
                .statusCode(401);
    }
}
