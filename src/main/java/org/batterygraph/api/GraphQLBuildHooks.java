package org.batterygraph.api;

import jakarta.enterprise.inject.spi.CDI;

import graphql.GraphQL;
import io.smallrye.graphql.spi.EventingService;

/**
 * Installs {@link RecordFieldFetchers}, {@link DocumentGuard} and {@link GraphQLMetrics} on SmallRye's {@code GraphQL.Builder}, through
 * SmallRye's {@code EventingService} SPI (registered in {@code META-INF/services}; on when
 * {@code battery.graphql.build-hooks=true}, as application.properties sets it).
 *
 * <p>Not through SmallRye's CDI events: with {@code quarkus.smallrye-graphql.events.enabled} on, SmallRye fires a
 * CDI event before and after every operation and data fetch, and Arc resolves the observers of each one: 8% of a
 * lookup's CPU samples (docs/performance.md). This service is called once, when SmallRye builds its GraphQL.
 */
public class GraphQLBuildHooks implements EventingService {

    static final String KEY = "battery.graphql.build-hooks";

    @Override
    public String getConfigKey() {
        return KEY;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        var built = builder.build(); // once, for both: its schema and SmallRye's instrumentation chain
        RecordFieldFetchers.install(builder, built);
        var metrics = CDI.current().select(GraphQLMetrics.class).get();
        CDI.current().select(DocumentGuard.class).get().install(builder, built, metrics);
        return builder;
    }
}
