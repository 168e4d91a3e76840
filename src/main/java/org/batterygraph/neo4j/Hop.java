package org.batterygraph.neo4j;

/**
 * One relationship field of the GraphQL schema: a Cypher pattern from the source node {@code n} through
 * relationship {@code r} to the target node {@code m}, e.g. {@code (n)-[r:OPERATES]->(m:Facility)}.
 * Patterns are constants in the feature that owns the field; {@link Entities#related} batches one hop for all
 * parent nodes of a GraphQL level into one round trip.
 */
public record Hop(String name, String pattern) {

    Cypher.Query query() {
        return new Cypher.Query(name, """
                UNWIND $ids AS id
                MATCH (n:Entity {id: id})
                RETURN id, COLLECT {
                  MATCH %s
                  RETURN {node: m, type: type(r), rel: properties(r)} AS link ORDER BY m.name, m.id
                } AS links
                """.formatted(pattern));
    }
}
