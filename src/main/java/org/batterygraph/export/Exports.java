package org.batterygraph.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.LimitExceededException;
import org.batterygraph.graph.GraphApi;
import org.batterygraph.graph.GraphEdge;
import org.batterygraph.graph.GraphNode;
import org.batterygraph.graph.GraphPath;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.RelationshipType;
import org.batterygraph.neo4j.Cypher;

/**
 * Runs GraphQL's {@code neighbourhood} and {@code paths} statements (graph/GraphApi: the same text, bounds, defaults
 * and argument errors) inside a subquery that also collects the sources their edges cite: one round trip each.
 */
@ApplicationScoped
public class Exports {

    /** The sources the edges {@code e} (unwound by the clause filled in) cite, each once, by id. */
    private static final String SOURCES = """
            COLLECT {
              %s
              UNWIND coalesce(e.rel.sources, []) AS sourceId
              WITH DISTINCT sourceId
              MATCH (s:Source {id: sourceId})
              WITH s ORDER BY s.id
              RETURN s {.id, .title, .name, .url, .publisher, .published, .kind}
            }""";

    private final Cypher cypher;

    Exports(Cypher cypher) {
        this.cypher = cypher;
    }

    /** The neighbourhood of {@code id}; null when there is no node with that id. */
    ExportGraph neighbourhood(String id, Integer depth, List<RelationshipType> types, List<NodeKind> labels, Integer limit,
            LocalDate asOf) throws LimitExceededException {
        var request = GraphApi.neighbourhoodRequest(id, depth, types, labels, limit, asOf);
        var query = new Cypher.Query("Export." + request.query().name().substring("Graph.".length()), """
                CALL () {
                %s
                }
                RETURN nodes, edges, truncated, %s AS sources
                """.formatted(request.query().text(), SOURCES.formatted("UNWIND edges AS e")));
        return cypher.read(query, request.parameters()).stream().findFirst().map(r -> {
            var subgraph = GraphApi.subgraph(r);
            return new ExportGraph(subgraph.nodes(), subgraph.edges(), r.get("sources").asList(ExportSource::from),
                    subgraph.truncated());
        }).orElse(null);
    }

    /** The shortest paths from {@code from} to {@code to}, their nodes and edges each once; null when either node does not exist. */
    ExportGraph paths(String from, String to, Integer maxHops, List<RelationshipType> types, Integer limit, LocalDate asOf)
            throws InvalidArgumentException, LimitExceededException {
        var request = GraphApi.pathsRequest(from, to, maxHops, types, limit, asOf);
        var query = new Cypher.Query("Export." + request.query().name().substring("Graph.".length()), """
                CALL () {
                %s
                }
                WITH collect(path) AS paths
                RETURN paths, EXISTS { MATCH (:Entity {id: $from}) } AND EXISTS { MATCH (:Entity {id: $to}) } AS known,
                       %s AS sources
                """.formatted(request.query().text(), SOURCES.formatted("UNWIND paths AS p UNWIND p.edges AS e")));
        var record = cypher.read(query, request.parameters()).get(0);
        if (!record.get("known").asBoolean()) {
            return null;
        }
        var nodes = new LinkedHashMap<String, GraphNode>();
        var edges = new LinkedHashMap<String, GraphEdge>();
        for (var path : record.get("paths").asList(GraphPath::from)) {
            path.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
            path.edges().forEach(e -> edges.putIfAbsent(e.id(), e));
        }
        return new ExportGraph(new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()),
                record.get("sources").asList(ExportSource::from), false);
    }
}
