package org.batterygraph.analyst;

import java.util.List;
import java.util.Map;

/**
 * The answer of POST /cypher: rows as JSON objects keyed by column, and every node, relationship and path in them
 * also as a graph of nodes and edges (ids are Neo4j element ids) that a frontend can draw as it is.
 */
public record CypherResult(List<String> columns, List<Map<String, Object>> rows, boolean truncated, Graph graph,
        long elapsedMs) {

    public record Graph(List<Node> nodes, List<Edge> edges) {
    }

    public record Node(String id, List<String> labels, Map<String, Object> properties) {
    }

    public record Edge(String id, String type, String source, String target, Map<String, Object> properties) {
    }
}
