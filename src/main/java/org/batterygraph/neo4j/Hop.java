package org.batterygraph.neo4j;

/**
 * One relationship field of the GraphQL schema: a Cypher pattern from the source node {@code n} through
 * relationship {@code r} to the target node {@code m}, e.g. {@code (n)-[r:OPERATES]->(m:Facility)}.
 * Patterns are constants in the feature that owns the field. {@link Projection} nests them into the one query of
 * a root field; {@link Entities#related} batches one hop for all parent nodes of a level when a field is reached
 * some other way.
 *
 * @param name    the GraphQL field, {@code Type.field}
 * @param through when the field's type wraps the target node (a {@code Membership} holds a {@code consortium}),
 *                the wrapper's field holding it; null when the field's type is the target node's
 */
public record Hop(String name, String pattern, String through) {

    public Hop {
        for (var token : new String[] { "(n)", "[r:", "(m:" }) {
            if (pattern.indexOf(token) < 0 || pattern.indexOf(token) != pattern.lastIndexOf(token)) {
                throw new IllegalArgumentException("hop " + name + ": the pattern must name (n), [r:...] and (m:...) once each");
            }
        }
        if (name.indexOf('.') < 1) {
            throw new IllegalArgumentException("hop " + name + ": the name must be Type.field");
        }
    }

    public Hop(String name, String pattern) {
        this(name, pattern, null);
    }

    /** The GraphQL type the field belongs to. */
    public String type() {
        return name.substring(0, name.indexOf('.'));
    }

    /** The GraphQL field name. */
    public String field() {
        return name.substring(name.indexOf('.') + 1);
    }

    /** The pattern nested at {@code depth} below the node variable {@code parent}: {@code r<depth>}, {@code m<depth>}. */
    String pattern(String parent, int depth) {
        return pattern.replace("(n)", "(" + parent + ")").replace("[r:", "[r" + depth + ":").replace("(m:", "(m" + depth + ":");
    }

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
