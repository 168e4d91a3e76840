package org.batterygraph.access;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The role check of the GraphQL mutations. smallrye-jwt has already verified the bearer token (signature, issuer,
 * expiry; a bad token never gets this far: 401); this says whether its roles allow the operation, with an error
 * code a client can act on (UNAUTHENTICATED, FORBIDDEN) rather than a bare "Server error".
 */
@ApplicationScoped
public class Access {

    private final SecurityIdentity identity;
    private final TokenIssuer issuer;

    Access(SecurityIdentity identity, TokenIssuer issuer) {
        this.identity = identity;
        this.issuer = issuer;
    }

    /** The caller's name (the token's upn or sub), when the caller holds {@code role}. */
    public String require(Role role) throws UnauthenticatedException, ForbiddenException {
        if (identity.isAnonymous()) {
            throw new UnauthenticatedException(issuer.refusal(role.claim()));
        }
        if (!identity.hasRole(role.claim())) {
            throw new ForbiddenException("This operation needs the %s role; the token grants %s"
                    .formatted(role.claim(), identity.getRoles().isEmpty() ? "none" : String.join(", ", identity.getRoles())));
        }
        return identity.getPrincipal().getName();
    }
}
