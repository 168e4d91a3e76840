package org.batterygraph.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.batterygraph.graph.GraphEdge;
import org.batterygraph.graph.GraphNode;

/**
 * An exported subgraph: the nodes and edges GraphQL's {@code neighbourhood} or {@code paths} answer for the same
 * arguments, and the sources their edges cite.
 */
public record ExportGraph(List<GraphNode> nodes, List<GraphEdge> edges, List<ExportSource> sources, boolean truncated) {

    public ExportGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        sources = List.copyOf(sources);
    }

    /** The URLs of an edge's sources, in the order of its source ids (sources without a URL left out). */
    List<String> sourceUrls(GraphEdge edge) {
        Map<String, String> urls = sources.stream().filter(s -> s.url() != null)
                .collect(Collectors.toMap(ExportSource::id, ExportSource::url, (a, b) -> a));
        return edge.provenance().sourceIds().stream().map(urls::get).filter(java.util.Objects::nonNull).toList();
    }
}
