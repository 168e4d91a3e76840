package org.batterygraph.access;

import java.util.Arrays;
import java.util.Optional;

/** The roles a token's {@code groups} claim can grant. Reads need none. */
public enum Role {
    /** Adds and changes entities, relationships and claims (GraphQL mutations). */
    EDITOR("editor"),
    /** Retires claims. */
    ADMIN("admin"),
    /** Runs read-only Cypher on POST /cypher. */
    ANALYST("analyst");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    static Optional<Role> of(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }
}
