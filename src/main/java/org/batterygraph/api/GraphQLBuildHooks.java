package org.batterygraph.api;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.CDI;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;

/**
 * Describes the custom scalars ({@link Scalars}) and installs {@link RecordFieldFetchers}, {@link DocumentGuard} and
 * {@link GraphQLMetrics} on SmallRye's
 * {@code GraphQL.Builder}, through SmallRye's {@code EventingService} SPI (registered in {@code META-INF/services};
 * on when {@code battery.graphql.build-hooks=true}, as application.properties sets it).
 *
 * <p>Not through SmallRye's CDI events: with {@code quarkus.smallrye-graphql.events.enabled} on, SmallRye fires a
 * CDI event before and after every operation and data fetch, and Arc resolves the observers of each one: 8% of a
 * lookup's CPU samples (docs/performance.md). This service is called once, when SmallRye builds its GraphQL.
 *
 * <p>No lookup by class here: SmallRye loads this service once per JVM, so after a dev-mode live reload this
 * instance belongs to the previous class loader, and a bean lookup by one of its classes finds no bean in the new
 * application ("No bean found for required type DocumentGuard": every request failed, as "not a well-formed
 * GraphQL request"). The guard and the fetchers are plain objects, the guard's limits read from the configuration
 * (not a {@code @ConfigMapping}: a mapping is looked up by its class); the metrics bean is found by its class name.
 */
public class GraphQLBuildHooks implements EventingService {

    static final String KEY = "battery.graphql.build-hooks";

    @Override
    public String getConfigKey() {
        return KEY;
    }

    /** Describes the custom scalars with their formats ({@link Scalars}): the schema served, printed and published. */
    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return GraphQLSchema.newSchema(Scalars.described(builder.build()));
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        var built = builder.build(); // once, for both: its schema and SmallRye's instrumentation chain
        RecordFieldFetchers.install(builder, built);
        var metrics = currentBean(GraphQLMetrics.class.getName());
        DocumentGuard.fromConfig(ConfigProvider.getConfig()).install(builder, built, metrics);
        return builder;
    }

    /**
     * The current application's bean of this class, found by the class's name: after a live reload this class (and
     * so {@code GraphQLMetrics.class} here) is the previous application's, and a lookup by that Class finds no bean.
     * The bean is used through graphql-java's {@code Instrumentation}, which both applications share.
     */
    private static Instrumentation currentBean(String className) {
        var beans = CDI.current().getBeanManager();
        for (var bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass().getName().equals(className)) {
                return (Instrumentation) beans.getReference(bean, Instrumentation.class, beans.createCreationalContext(bean));
            }
        }
        throw new IllegalStateException("no bean of class " + className);
    }
}
