package org.batterygraph.api;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonException;

import org.batterygraph.access.TokenIssuer;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request SmallRye cannot even take apart (e.g. {@code "variables": "not an object"}) fails inside its handler;
 * left alone that is a 500 with Quarkus' error page. That is the client's mistake: 400 with a GraphQL-shaped error
 * and a code, the cause logged for the operator. Any other failure there is ours: 500 {@code INTERNAL_ERROR} with
 * a reference to the log line that has the cause.
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
            var failure = context.failure();
            if (!clientsFault(context.statusCode(), failure)) {
                // Our failure (e.g. building the GraphQL schema or its hooks), never the client's: 500 with a reference.
                var reference = UUID.randomUUID().toString();
                LOG.errorf(failure, "GraphQL request failed (reference %s)", reference);
                metrics.count("graphql", "INTERNAL_ERROR");
                end(context, 500, "INTERNAL_ERROR", "The request failed; the server log has the cause under reference " + reference);
                return;
            }
            int status = context.statusCode() >= 400 && context.statusCode() < 500 ? context.statusCode() : 400;
            LOG.warnf("Refused a malformed GraphQL request with %d: %s", status, failure == null ? "no cause" : failure.toString());
            metrics.count("graphql", status == 413 ? "REQUEST_TOO_LARGE" : "BAD_REQUEST");
            end(context, status, status == 413 ? "REQUEST_TOO_LARGE" : "BAD_REQUEST",
                    "The request is not a well-formed GraphQL request (query string, variables object)");
        });
    }

    /**
     * A failure the request caused: a 4xx status set by Vert.x (413), or the request's JSON that does not parse
     * or has the wrong shape ({@code "variables": "x"} fails as a cast inside SmallRye's handler).
     */
    static boolean clientsFault(int status, Throwable failure) {
        if (status >= 400 && status < 500) {
            return true;
        }
        return failure instanceof JsonException || failure instanceof DecodeException
                || failure instanceof ClassCastException;
    }

    private static void end(RoutingContext context, int status, String code, String message) {
        var error = new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
        context.response().setStatusCode(status)
                .putHeader("content-type", "application/graphql-response+json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
