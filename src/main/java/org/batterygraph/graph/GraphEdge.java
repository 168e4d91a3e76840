package org.batterygraph.graph;

import java.util.List;

import org.batterygraph.model.RelationshipType;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A relationship for a graph drawing, with its provenance (claims, sources, disputed).")
public record GraphEdge(
        @Id @NonNull @Description("Stable within a database (Neo4j element id)") String id,
        @NonNull RelationshipType type,
        @NonNull @Description("Id of the start node") String source,
        @NonNull @Description("Id of the end node") String target,
        @NonNull List<@NonNull Property> properties,
        @NonNull @Description("Where the relationship comes from: claims with quotes and sources") Via provenance) {

    private static final List<String> BOOKKEEPING = List.of("sources", "claims");

    public GraphEdge {
        properties = List.copyOf(properties);
    }

    /** From a map {id, type, source, target, rel: properties}. */
    static GraphEdge from(Value v) {
        var rel = v.get("rel");
        var properties = java.util.stream.StreamSupport.stream(rel.keys().spliterator(), false).filter(k -> !BOOKKEEPING.contains(k)).sorted()
                .map(k -> new Property(k, Property.text(rel.get(k)))).toList();
        return new GraphEdge(v.get("id").asString(), RelationshipType.valueOf(v.get("type").asString()), v.get("source").asString(),
                v.get("target").asString(), properties, Via.from(v));
    }

    /** Cypher projection of relationship {@code r} into the map {@link #from} reads. */
    static String projection(String r) {
        return "{id: elementId(%1$s), type: type(%1$s), source: startNode(%1$s).id, target: endNode(%1$s).id, rel: properties(%1$s)}"
                .formatted(r);
    }
}
