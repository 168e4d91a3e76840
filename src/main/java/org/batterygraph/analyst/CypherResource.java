package org.batterygraph.analyst;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * {@code POST /cypher} for analysts (role {@code analyst}): read-only Cypher with parameters, a timeout and a row
 * cap; rows as JSON plus nodes and edges for a frontend. Refusals are 4xx with a code (docs/errors.md).
 */
@Path("/cypher")
public class CypherResource {

    private final ReadOnlyCypher cypher;
    private final SecurityIdentity identity;

    CypherResource(ReadOnlyCypher cypher, SecurityIdentity identity) {
        this.cypher = cypher;
        this.identity = identity;
    }

    @POST
    @RolesAllowed("analyst")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CypherResult run(CypherRequest request) {
        if (request == null) {
            throw new CypherRefusal(400, "INVALID_ARGUMENT", "A JSON body {\"statement\": ..., \"parameters\": {...}} is expected");
        }
        return cypher.run(request, identity.getPrincipal().getName());
    }
}
