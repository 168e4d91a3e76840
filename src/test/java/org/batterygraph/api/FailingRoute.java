package org.batterygraph.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Test-only: a request to /graphql with the header {@code x-test-fail} fails inside the GraphQL route with a
 * failure of ours (as a broken schema build or hook would), before SmallRye's handler runs.
 */
@ApplicationScoped
public class FailingRoute {

    static final String HEADER = "x-test-fail";

    void install(@Observes Router router) {
        router.route("/graphql").order(-5).handler(context -> {
            if (context.request().getHeader(HEADER) != null) {
                context.fail(new IllegalStateException("No bean found for required type (a test failure)"));
            } else {
                context.next();
            }
        });
    }
}
