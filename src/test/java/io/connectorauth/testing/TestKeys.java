package io.connectorauth.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Generates the keys of one test run: an RSA pair for JWTs and two KEKs for secrets, version 1 through the
 * single-key setting and version 2, the primary, through the versioned settings. The private key path is
 * passed through a system property because test resources and tests may load classes in different class loaders.
 */
final class TestKeys {

    static final String PRIVATE_KEY_PROPERTY = "connector-auth.test.jwt-private-key";
    static final String PUBLIC_KEY_PROPERTY = "connector-auth.test.jwt-public-key";
    static final String ISSUER = "https://connector-auth.test/issuer";
    static final String HS256_SECRET_PROPERTY = "connector-auth.test.hs256-secret";

    private TestKeys() {
    }

    static Map<String, String> generate(Path dir) throws IOException {
        KeyPair pair = rsaPair();
        Path privateKey = dir.resolve("jwt-private.pem");
        Path publicKey = dir.resolve("jwt-public.pem");
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        System.setProperty(PRIVATE_KEY_PROPERTY, privateKey.toString());
        System.setProperty(PUBLIC_KEY_PROPERTY, publicKey.toString());
        byte[] aesKey = new byte[32];
        new SecureRandom().nextBytes(aesKey);
        byte[] secondKek = new byte[32];
        new SecureRandom().nextBytes(secondKek);
        byte[] hmacSecret = new byte[48];
        new SecureRandom().nextBytes(hmacSecret);
        String hs256Secret = Base64.getUrlEncoder().withoutPadding().encodeToString(hmacSecret);
        System.setProperty(HS256_SECRET_PROPERTY, hs256Secret);
        return Map.of(
                "mp.jwt.verify.publickey.location", publicKey.toUri().toString(),
                "mp.jwt.verify.issuer", ISSUER,
                "connector-auth.crypto.key", Base64.getEncoder().encodeToString(aesKey),
                "connector-auth.crypto.keks.2", Base64.getEncoder().encodeToString(secondKek),
                "connector-auth.jwt.hs256-secret", hs256Secret);
    }

    static KeyPair rsaPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
