package org.batterygraph.neo4j;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the schema is applied and the knowledge graph is loaded. Neo4j connectivity itself is the
 * quarkus-neo4j readiness check beside this one; liveness has no Neo4j check, so an outage never gets the
 * application restarted.
 */
@Readiness
@ApplicationScoped
public class GraphReadiness implements HealthCheck {

    private final GraphInitializer initializer;

    GraphReadiness(GraphInitializer initializer) {
        this.initializer = initializer;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("knowledge-graph").status(initializer.isReady()).build();
    }
}
