package org.batterygraph.analyst;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.batterygraph.access.TokenIssuer;
import org.batterygraph.api.DatabaseUnavailableException;
import org.batterygraph.api.RefusalMetrics;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Every failure of POST /cypher as {@code {"error": {"code", "message"}}} with a 4xx, or 503 when Neo4j is away. */
public class Refusals {

    private final RefusalMetrics metrics;
    private final TokenIssuer issuer;

    Refusals(RefusalMetrics metrics, TokenIssuer issuer) {
        this.metrics = metrics;
        this.issuer = issuer;
    }

    @ServerExceptionMapper
    public Response refused(CypherRefusal refusal) {
        return error(refusal.status(), refusal.code(), refusal.getMessage());
    }

    @ServerExceptionMapper
    public Response unavailable(DatabaseUnavailableException e) {
        return error(503, "DATABASE_UNAVAILABLE", e.getMessage());
    }

    /** No token (a wrong one is refused before this, by smallrye-jwt): say so, and say when none can be had. */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return error(401, "UNAUTHENTICATED", issuer.refusal("analyst"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return error(403, "FORBIDDEN", "This operation needs the analyst role");
    }

    private Response error(int status, String code, String message) {
        metrics.count("cypher", code);
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", Map.of("code", code, "message", message))).build();
    }
}
