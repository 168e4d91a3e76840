package org.batterygraph;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens as an identity provider would issue them, signed with the test key pair of dev/jwt/. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String user, String... roles) {
        return Jwt.upn(user).groups(Set.of(roles)).sign();
    }

    public static String expired(String user, String... roles) {
        return Jwt.upn(user).groups(Set.of(roles)).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    /** Right claims, signed by a key the API does not trust. */
    public static String wronglySigned(String user, String... roles) {
        return Jwt.upn(user).groups(Set.of(roles)).sign(strangerKey());
    }

    /** Right key, but issued by someone else. */
    public static String otherIssuer(String user, String... roles) {
        return Jwt.issuer("https://evil.example").upn(user).groups(Set.of(roles)).sign();
    }

    private static PrivateKey strangerKey() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
