package org.batterygraph.api;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.batterygraph.neo4j.Hop;
import org.batterygraph.neo4j.Hops;

import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.runtime.StartupEvent;

/**
 * At start, every registered hop must name a field of the built schema: a hop whose {@code Type.field} the schema
 * does not have (a renamed field, a typo) would silently never be projected, so start-up fails instead.
 */
@ApplicationScoped
class HopCheck {

    void onStart(@Observes StartupEvent event, Hops hops, GraphQLSchema schema) {
        check(hops.all().values(), schema);
    }

    /** Throws, naming every hop that names no field of the schema. */
    static void check(Collection<Hop> hops, GraphQLSchema schema) {
        List<String> wrong = hops.stream().filter(hop -> !(schema.getType(hop.type()) instanceof GraphQLObjectType type)
                || type.getFieldDefinition(hop.field()) == null).map(Hop::name).sorted().toList();
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("hops naming no field of the GraphQL schema: " + wrong
                    + "; each hop's name must be Type.field of the field it serves (see the feature's hops())");
        }
    }
}
