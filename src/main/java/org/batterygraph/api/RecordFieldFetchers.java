package org.batterygraph.api;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/**
 * Reads the plain fields of our records (a record component whose GraphQL type is an object or String, ID,
 * Boolean, Int or Float) straight from the record's accessor.
 *
 * <p>SmallRye resolves every such field with its {@code FieldDataFetcher}, which first fills a request context for
 * the field, including the field's whole selection set as JSON, before it calls the getter. For a large answer that
 * is most of the work: in a JFR profile of a two-hop query answering ~37,000 members it was half of all CPU samples
 * (docs/performance.md). Our records need none of it: no field of theirs reads the context, and none carries a
 * format or adapter for SmallRye to apply. So those fields get a graphql-java {@link LightDataFetcher}, which
 * graphql-java calls without even building a {@code DataFetchingEnvironment}. Anything else (dates, enums, custom
 * scalars, fields whose source is not a record with that component) keeps SmallRye's fetcher, which is also the
 * fallback at run time.
 */
final class RecordFieldFetchers {

    private static final Logger LOG = Logger.getLogger(RecordFieldFetchers.class);
    private static final Set<String> PLAIN_SCALARS = Set.of("String", "ID", "Boolean", "Int", "Float");

    private RecordFieldFetchers() {
    }

    /** Called by {@link GraphQLBuildHooks} with the builder and what it builds so far. */
    static void install(GraphQL.Builder builder, GraphQL built) {
        var schema = built.getGraphQLSchema();
        var replaced = new int[1];
        var registry = schema.getCodeRegistry().transform(code -> {
            for (var type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                    for (var field : object.getFieldDefinitions()) {
                        var coordinates = FieldCoordinates.coordinates(object, field);
                        var fetcher = schema.getCodeRegistry().getDataFetcher(coordinates, field);
                        if (fetcher instanceof FieldDataFetcher<?> && plain(field)) {
                            code.dataFetcher(coordinates, new RecordComponentFetcher(field.getName(), fetcher));
                            replaced[0]++;
                        }
                    }
                }
            }
        });
        builder.schema(schema.transformWithoutTypes(s -> s.codeRegistry(registry)));
        LOG.debugf("%d record fields read by their accessors", replaced[0]);
    }

    static boolean plain(GraphQLFieldDefinition field) {
        var type = GraphQLTypeUtil.unwrapAll(field.getType());
        return field.getArguments().isEmpty() && (type instanceof GraphQLObjectType
                || type instanceof GraphQLScalarType scalar && PLAIN_SCALARS.contains(scalar.getName()));
    }

    /** The record component of the field's name, through a method handle found once per record class. */
    static final class RecordComponentFetcher implements LightDataFetcher<Object> {

        private static final MethodType ANY = MethodType.methodType(Object.class, Object.class);

        private final String name;
        private final DataFetcher<?> fallback;
        private final ClassValue<Optional<MethodHandle>> accessors = new ClassValue<>() {
            @Override
            protected Optional<MethodHandle> computeValue(Class<?> type) {
                if (!type.isRecord()) {
                    return Optional.empty();
                }
                for (var component : type.getRecordComponents()) {
                    if (component.getName().equals(name)) {
                        try {
                            var accessor = component.getAccessor();
                            accessor.setAccessible(true);
                            return Optional.of(MethodHandles.lookup().unreflect(accessor).asType(ANY));
                        } catch (IllegalAccessException | RuntimeException e) {
                            return Optional.empty();
                        }
                    }
                }
                return Optional.empty();
            }
        };

        RecordComponentFetcher(String name, DataFetcher<?> fallback) {
            this.name = name;
            this.fallback = fallback;
        }

        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
                throws Exception {
            var accessor = source == null ? Optional.<MethodHandle>empty() : accessors.get(source.getClass());
            if (accessor.isEmpty()) {
                return fallback.get(environment.get());
            }
            try {
                return (Object) accessor.get().invokeExact(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
        }
    }
}
