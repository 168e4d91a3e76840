package org.batterygraph.access;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Maps {@code BATTERY_JWT_ISSUER} and {@code BATTERY_JWT_PUBLIC_KEY_LOCATION} to smallrye-jwt's
 * {@code mp.jwt.verify.issuer} and {@code mp.jwt.verify.publickey.location}, only when they are set and not blank.
 * A property {@code ${BATTERY_JWT_ISSUER:}} in application.properties cannot do it: docker-compose passes the
 * variables empty, an empty value is a missing one, and smallrye-jwt then stops the start-up ("Failed to load
 * config value ... mp.jwt.verify.issuer"). Left out, smallrye-jwt starts without a key and {@link TokenIssuer}
 * makes the API read-only. Ordinal 275: above application.properties (its dev and test keys), below the
 * {@code mp.jwt.*} system properties and environment variables, which still win.
 */
public class IdentityProviderConfig implements ConfigSource {

    public static final Map<String, String> VARIABLES = Map.of(
            "mp.jwt.verify.issuer", "BATTERY_JWT_ISSUER",
            "mp.jwt.verify.publickey.location", "BATTERY_JWT_PUBLIC_KEY_LOCATION");

    @Override
    public Set<String> getPropertyNames() {
        return VARIABLES.keySet().stream().filter(p -> getValue(p) != null).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public String getValue(String property) {
        var variable = VARIABLES.get(property);
        var value = variable == null ? null : System.getenv(variable);
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String getName() {
        return "BATTERY_JWT_* environment variables";
    }

    @Override
    public int getOrdinal() {
        return 275;
    }
}
