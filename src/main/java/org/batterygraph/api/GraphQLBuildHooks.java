package org.batterygraph.api;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import io.smallrye.graphql.spi.EventingService;

/**
 * Installs {@link RecordFieldFetchers} and {@link DocumentGuard} on SmallRye's {@code GraphQL.Builder}, through
 * SmallRye's {@code EventingService} SPI (registered in {@code META-INF/services}; on when
 * {@code battery.graphql.build-hooks=true}, its default).
 *
 * <p>Not through SmallRye's CDI events: with {@code quarkus.smallrye-graphql.events.enabled} on, SmallRye fires a
 * CDI event before and after every operation and data fetch, and Arc resolves the observers of each one: 8% of a
 * lookup's CPU samples (docs/performance.md). This service is called once, when SmallRye builds its GraphQL.
 *
 * <p>No CDI lookup here: SmallRye loads this service once per JVM, so after a dev-mode live reload this instance
 * belongs to the previous class loader, and a bean lookup from it finds no bean in the new application ("No bean
 * found for required type DocumentGuard": every request failed, as "not a well-formed GraphQL request"). The guard
 * and the fetchers are plain objects, the guard's limits read from the configuration (not a {@code @ConfigMapping}:
 * a mapping is looked up by its class, which is the previous application's here).
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
        DocumentGuard.fromConfig(ConfigProvider.getConfig()).install(builder, built);
        return builder;
    }
}
