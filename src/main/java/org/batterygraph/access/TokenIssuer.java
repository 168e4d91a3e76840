package org.batterygraph.access;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Whether an identity provider is configured: its issuer ({@code BATTERY_JWT_ISSUER}) and public key
 * ({@code BATTERY_JWT_PUBLIC_KEY_LOCATION}). Without both, the application still starts, read-only: no token can
 * be verified, so every write and POST /cypher is refused with UNAUTHENTICATED, saying why. {@code NONE} is
 * smallrye-jwt's own "not set".
 */
@ApplicationScoped
public class TokenIssuer {

    private static final Logger LOG = Logger.getLogger(TokenIssuer.class);
    static final String NOT_SET = "NONE";

    private final boolean configured;

    TokenIssuer(@ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> key) {
        this.configured = set(issuer) && set(key);
    }

    private static boolean set(Optional<String> value) {
        return value.filter(v -> !v.isBlank() && !v.equals(NOT_SET)).isPresent();
    }

    void announce(@Observes StartupEvent event) {
        if (!configured) {
            LOG.warn("No token issuer is configured (BATTERY_JWT_ISSUER and BATTERY_JWT_PUBLIC_KEY_LOCATION): the API is "
                    + "read-only; mutations and POST /cypher are refused with UNAUTHENTICATED");
        }
    }

    /** True when tokens can be verified, so writes are possible. */
    public boolean configured() {
        return configured;
    }

    /** What a caller without a (valid) token is told. */
    public String refusal(String needed) {
        return configured ? "This operation needs a bearer token with the %s role (see README, Writing)".formatted(needed)
                : "No token issuer is configured on this server (BATTERY_JWT_ISSUER, BATTERY_JWT_PUBLIC_KEY_LOCATION): the API is read-only";
    }
}
