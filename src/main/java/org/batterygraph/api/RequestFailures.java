package org.batterygraph.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.batterygraph.access.TokenIssuer;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * A request SmallRye cannot even take apart (e.g. {@code "variables": "not an object"}) fails inside its handler;
 * left alone that is a 500 with Quarkus' error page. It is the client's mistake: answer 400 with a GraphQL-shaped
 * error and a code, and log the cause for the operator.
 */
@ApplicationScoped
public class RequestFailures {

    private static final Logger LOG = Logger.getLogger(RequestFailures.class);

    private final RefusalMetrics metrics;
    private final TokenIssuer issuer;

    RequestFailures(RefusalMetrics metrics, TokenIssuer issuer) {
        this.metrics = metrics;
        this.issuer = issuer;
    }

    void install(@Observes Router router) {
        router.route("/graphql").order(-10).failureHandler(context -> {
            if (context.response().ended()) {
                return;
            }
            if (context.failure() instanceof AuthenticationFailedException) {
                // smallrye-jwt refused the bearer token (expired, wrongly signed, another issuer, not a JWT)
                metrics.count("graphql", "UNAUTHENTICATED");
                var error = new JsonObject()
                        .put("message", issuer.configured()
                                ? "The bearer token is not valid: expired, wrongly signed, from another issuer or not a JWT"
                                : issuer.refusal(null))
                        .put("extensions", new JsonObject().put("code", "UNAUTHENTICATED"));
                context.response().setStatusCode(401)
                        .putHeader("www-authenticate", "Bearer")
                        .putHeader("content-type", "application/graphql-response+json")
                        .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
                return;
            }
            int status = context.statusCode() >= 400 && context.statusCode() < 500 ? context.statusCode() : 400;
            LOG.warnf("Refused a malformed GraphQL request with %d: %s", status,
                    context.failure() == null ? "no cause" : context.failure().toString());
            metrics.count("graphql", status == 413 ? "REQUEST_TOO_LARGE" : "BAD_REQUEST");
            var error = new JsonObject()
                    .put("message", "The request is not a well-formed GraphQL request (query string, variables object)")
                    .put("extensions", new JsonObject().put("code", status == 413 ? "REQUEST_TOO_LARGE" : "BAD_REQUEST"));
            context.response().setStatusCode(status)
                    .putHeader("content-type", "application/graphql-response+json")
                    .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
        });
    }
}
