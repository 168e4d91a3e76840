package org.batterygraph.analyst;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.batterygraph.api.DatabaseUnavailableException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure of POST /cypher as {@code {"error": {"code", "message"}}} with a 4xx, or 503 when Neo4j is away. */
public class Refusals {

    @ServerExceptionMapper
    public Response refused(CypherRefusal refusal) {
        return error(refusal.status(), refusal.code(), refusal.getMessage());
    }

    @ServerExceptionMapper
    public Response unavailable(DatabaseUnavailableException e) {
        return error(503, "DATABASE_UNAVAILABLE", e.getMessage());
    }

    private static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", Map.of("code", code, "message", message))).build();
    }
}
