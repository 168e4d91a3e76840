package org.batterygraph.graph;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A path: its nodes in order and the edges between them, each edge with its provenance.")
public record GraphPath(@NonNull List<@NonNull GraphNode> nodes, @NonNull List<@NonNull GraphEdge> edges,
        @Description("Number of relationships") int length) {

    public GraphPath {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** From a map {nodes, edges} built with the projections of {@link GraphNode} and {@link GraphEdge}. */
    public static GraphPath from(Value v) {
        var edges = v.get("edges").asList(GraphEdge::from);
        return new GraphPath(v.get("nodes").asList(GraphNode::from), edges, edges.size());
    }

    /** Cypher projection of path {@code p}. */
    static String projection(String p) {
        return "{nodes: [x IN nodes(%1$s) | %2$s], edges: [y IN relationships(%1$s) | %3$s]}"
                .formatted(p, GraphNode.projection("x"), GraphEdge.projection("y"));
    }
}
