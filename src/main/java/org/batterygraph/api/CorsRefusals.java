package org.batterygraph.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * A request from an origin that quarkus.http.cors.origins does not allow is refused by Quarkus' CORS filter with 403
 * and no Access-Control-Allow-Origin; its preflight answer still lists the configured methods and headers. Those
 * grant nothing without the origin, but an answer to a refused origin should not read like a permission: this
 * removes them, and counts the refusal (battery_refusals_total{api="cors",code="ORIGIN_NOT_ALLOWED"}).
 */
@ApplicationScoped
public class CorsRefusals {

    private static final String[] GRANTS = { "Access-Control-Allow-Methods", "Access-Control-Allow-Headers",
            "Access-Control-Max-Age", "Access-Control-Expose-Headers", "Access-Control-Allow-Credentials" };

    private final RefusalMetrics metrics;

    CorsRefusals(RefusalMetrics metrics) {
        this.metrics = metrics;
    }

    /** Before Quarkus' CORS filter (order -300): the end handler sees the answer it gives. */
    void install(@Observes Router router) {
        router.route().order(-1000).handler(context -> {
            if (context.request().getHeader("Origin") != null) {
                context.addHeadersEndHandler(ignored -> {
                    var response = context.response();
                    if (response.getStatusCode() == 403 && response.headers().get("Access-Control-Allow-Origin") == null) {
                        for (var grant : GRANTS) {
                            response.headers().remove(grant);
                        }
                        metrics.count("cors", "ORIGIN_NOT_ALLOWED");
                    }
                });
            }
            context.next();
        });
    }
}
