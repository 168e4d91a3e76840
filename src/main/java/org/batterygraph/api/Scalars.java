package org.batterygraph.api;

import java.util.Map;

import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import static graphql.util.TreeTransformerUtil.changeNode;

/**
 * The custom scalars of the schema with their formats: SmallRye describes each as "Scalar for Date", which tells a
 * client (or a typed-client generator) nothing. The published schema declares them with these descriptions
 * (quarkus.smallrye-graphql.schema-include-scalars) and, where a scalar specification exists, its URL (introspection's
 * {@code specifiedByURL}, and in the description).
 */
final class Scalars {

    /** Scalar name -> {description, specifiedBy URL or null}. */
    private static final Map<String, String[]> FORMATS = Map.of(
            "Date", new String[] { "A calendar date without a time zone: an ISO 8601 string yyyy-MM-dd, e.g. \"2025-06-01\"",
                    "https://scalars.graphql.org/andimarek/local-date.html" },
            "DateTime", new String[] { "An instant with its UTC offset: an RFC 3339 (ISO 8601) string yyyy-MM-ddTHH:mm:ss[.fraction]"
                    + " followed by Z or ±hh:mm, e.g. \"2025-06-01T14:30:00Z\"", "https://scalars.graphql.org/andimarek/date-time.html" },
            "BigDecimal", new String[] { "A decimal number of any precision: a JSON number, or in input also a string such as \"12.50\"",
                    null },
            "BigInteger", new String[] { "An integer of any size: a JSON number, or in input also a string of digits", null });

    private Scalars() {
    }

    /** The schema with the scalars of {@link #FORMATS} described; everything else as it was. */
    static GraphQLSchema described(GraphQLSchema schema) {
        return SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
                var format = FORMATS.get(scalar.getName());
                if (format == null) {
                    return TraversalControl.CONTINUE;
                }
                // The printed schema shows no directives (SmallRye's printer would add every built-in one, and
                // @rolesAllowed on fields): the specification's URL is in the description too.
                var description = format[1] == null ? format[0] : format[0] + "; specified by " + format[1];
                return changeNode(context, scalar.transform(b -> b.description(description).specifiedByUrl(format[1])));
            }
        });
    }
}
