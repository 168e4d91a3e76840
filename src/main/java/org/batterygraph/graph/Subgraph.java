package org.batterygraph.graph;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Nodes and edges ready for Cytoscape.js or Sigma; truncated when a limit cut the result short.")
public record Subgraph(@NonNull List<@NonNull GraphNode> nodes, @NonNull List<@NonNull GraphEdge> edges,
        @NonNull boolean truncated) {

    public Subgraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
