package org.batterygraph.neo4j;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the schema is applied and the knowledge graph is loaded, and while Neo4j answers (the availability
 * probe: DOWN within a request or a probe of an outage, UP again within a probe interval of its end). Neo4j connectivity itself is the
 * quarkus-neo4j readiness check beside this one; liveness has no Neo4j check, so an outage never gets the
 * application restarted.
 */
@Readiness
@ApplicationScoped
public class GraphReadiness implements HealthCheck {

    private final GraphInitializer initializer;
    private final Neo4jAvailability availability;

    GraphReadiness(GraphInitializer initializer, Neo4jAvailability availability) {
        this.initializer = initializer;
        this.availability = availability;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("knowledge-graph")
                .status(initializer.isReady() && availability.isAvailable())
                .withData("loaded", initializer.isReady())
                .withData("neo4j-available", availability.isAvailable())
                .build();
    }
}
