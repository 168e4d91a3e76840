package org.batterygraph.graph;

import static org.batterygraph.graph.Bounds.MAX_CHAIN_LENGTH;
import static org.batterygraph.graph.Bounds.MAX_DEPTH;
import static org.batterygraph.graph.Bounds.MAX_HOPS;
import static org.batterygraph.graph.Bounds.MAX_NODES;
import static org.batterygraph.graph.Bounds.MAX_PATHS;
import static org.batterygraph.graph.Bounds.PATH_BUDGET;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.LimitExceededException;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.RelationshipType;
import org.batterygraph.neo4j.Cypher;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Relationship queries for frontends and analysts: neighbourhoods, shortest paths and supply chains. Each is one
 * Cypher round trip from an index seek on the start node, with hard bounds on depth, hops and result size.
 * Variable-length bounds cannot be query parameters, so each bound value has its own prepared statement.
 */
@GraphQLApi
public class GraphApi {

    /** Relationship filter shared by the traversals: allowed types and, when asOf is given, validity at that date. */
    private static final String REL_FILTER = """
            type(r) IN $types AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf)
                                                    AND (r.validTo IS NULL OR r.validTo >= $asOf)))""";

    static final List<Cypher.Query> NEIGHBOURHOOD = queries(MAX_DEPTH, depth -> new Cypher.Query("Graph.neighbourhood" + depth, """
            MATCH (start:Entity {id: $id})
            OPTIONAL MATCH p = (start)-[*1..%d]-(:Entity)
            WHERE all(r IN relationships(p) WHERE %s)
              AND ($labels IS NULL OR all(x IN nodes(p)[1..] WHERE any(l IN labels(x) WHERE l IN $labels)))
            WITH start, p LIMIT $pathBudget
            WITH start, collect(p) AS paths
            CALL (paths) {
              UNWIND paths AS p
              UNWIND range(1, length(p)) AS i
              WITH nodes(p)[i] AS x, min(i) AS distance
              ORDER BY distance, x.id
              RETURN collect(x) AS found
            }
            WITH paths, [start] + [x IN found WHERE x <> start] AS reached
            WITH paths, reached[..$limit] AS kept, size(reached) > $limit OR size(paths) >= $pathBudget AS truncated
            CALL (paths, kept) {
              UNWIND paths AS p
              UNWIND relationships(p) AS r
              WITH DISTINCT r
              WHERE startNode(r) IN kept AND endNode(r) IN kept
              WITH r ORDER BY elementId(r)
              RETURN collect(%s) AS edges
            }
            RETURN [n IN kept | %s] AS nodes, edges, truncated
            """.formatted(depth, REL_FILTER, GraphEdge.projection("r"), GraphNode.projection("n"))));

    static final List<Cypher.Query> PATHS = queries(MAX_HOPS, hops -> new Cypher.Query("Graph.paths" + hops, """
            MATCH (a:Entity {id: $from})
            MATCH (b:Entity {id: $to})
            MATCH p = allShortestPaths((a)-[*..%d]-(b))
            WHERE all(r IN relationships(p) WHERE %s)
            WITH p ORDER BY [x IN nodes(p) | x.id] LIMIT $limit
            RETURN %s AS path
            """.formatted(hops, REL_FILTER, GraphPath.projection("p"))));

    /**
     * One step of material flow in the asked direction. Downstream, material moves from a producing facility to
     * the material, from an input to what it is made into, and from a material into the facility consuming it.
     */
    private static final String FLOWS = """
            (type(%1$s) = 'CONSUMES') = (CASE WHEN $downstream THEN endNode(%1$s) ELSE startNode(%1$s) END = %2$s)""";

    static final List<Cypher.Query> SUPPLY_CHAIN = queries(MAX_CHAIN_LENGTH, length -> new Cypher.Query("Graph.supplyChain" + length, """
            MATCH (start:Entity {id: $id})
            WHERE start:Material OR start:Facility
            MATCH p = (start)-[:PRODUCES|CONSUMES|INPUT_TO*1..%d]-(end)
            WHERE all(i IN range(0, length(p) - 1) WHERE %s)
              AND NOT EXISTS {
                MATCH (end)-[next:PRODUCES|CONSUMES|INPUT_TO]-(beyond)
                WHERE NOT beyond IN nodes(p) AND %s
              }
            WITH p LIMIT $pathBudget
            WITH p ORDER BY length(p) DESC, [x IN nodes(p) | x.id] LIMIT $limit + 1
            WITH collect(p) AS paths
            RETURN [p IN paths[..$limit] | %s] AS paths,
                   size(paths) > $limit AS truncated,
                   COLLECT {
                     UNWIND paths[..$limit] AS p
                     UNWIND nodes(p) AS f
                     MATCH (f:Facility)<-[o:OPERATES]-(org:Organization)
                     WITH DISTINCT o, org, f ORDER BY f.id, org.id
                     RETURN {nodes: [%s, %s], edges: [%s]}
                   } AS operators
            """.formatted(length, FLOWS.formatted("relationships(p)[i]", "nodes(p)[i]"), FLOWS.formatted("next", "end"),
            GraphPath.projection("p"), GraphNode.projection("org"), GraphNode.projection("f"), GraphEdge.projection("o"))));

    private final Cypher cypher;

    GraphApi(Cypher cypher) {
        this.cypher = cypher;
    }

    @Query
    @Description("""
            The neighbourhood of a node for a graph drawing: nodes and edges up to `depth` relationships away \
            (1 to 3), nearest first, at most `limit` nodes (1 to 500). Relationship types default to the knowledge \
            relationships (not the claim layer); `labels` keeps only paths through nodes of those kinds; `asOf` \
            keeps relationships valid on that date. `truncated` says a limit cut the answer short.""")
    public @NonNull Subgraph neighbourhood(@NonNull @Id String id, @DefaultValue("1") int depth,
            List<RelationshipType> relationshipTypes, List<NodeKind> labels, @DefaultValue("100") int limit,
            LocalDate asOf) throws InvalidArgumentException, LimitExceededException {
        var request = neighbourhoodRequest(id, depth, relationshipTypes, labels, limit, asOf);
        return cypher.read(request.query(), request.parameters()).stream().findFirst().map(GraphApi::subgraph)
                .orElse(new Subgraph(List.of(), List.of(), false));
    }

    /**
     * A validated request of a relationship query: its statement and parameters. The exports (export/) run the
     * same statements with the same bounds, defaults and errors as the GraphQL fields.
     */
    public record Request(Cypher.Query query, Map<String, Object> parameters) {
    }

    /** {@code neighbourhood}'s statement and parameters; null depth and limit take the defaults (1, 100). */
    public static Request neighbourhoodRequest(String id, Integer depth, List<RelationshipType> relationshipTypes,
            List<NodeKind> labels, Integer limit, LocalDate asOf) throws LimitExceededException {
        var query = NEIGHBOURHOOD.get(Bounds.within("depth", depth, 1, 1, MAX_DEPTH) - 1);
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("types", Bounds.types(relationshipTypes));
        parameters.put("labels", Bounds.labels(labels));
        parameters.put("limit", Bounds.within("limit", limit, 100, 1, MAX_NODES));
        parameters.put("asOf", asOf);
        parameters.put("pathBudget", PATH_BUDGET);
        return new Request(query, parameters);
    }

    /** A record of the neighbourhood statement (nodes, edges, truncated) as a subgraph. */
    public static Subgraph subgraph(org.neo4j.driver.Record r) {
        return new Subgraph(r.get("nodes").asList(GraphNode::from), r.get("edges").asList(GraphEdge::from),
                r.get("truncated").asBoolean());
    }

    @Query
    @Description("""
            The shortest paths between two nodes, at most `maxHops` relationships long (1 to 6), at most `limit` \
            paths (1 to 25), every edge with its provenance. Empty when no path is that short.""")
    public @NonNull List<@NonNull GraphPath> paths(@NonNull @Id String from, @NonNull @Id String to,
            @DefaultValue("4") int maxHops, List<RelationshipType> relationshipTypes, @DefaultValue("10") int limit,
            LocalDate asOf) throws InvalidArgumentException, LimitExceededException {
        var request = pathsRequest(from, to, maxHops, relationshipTypes, limit, asOf);
        return cypher.read(request.query(), request.parameters()).stream().map(r -> GraphPath.from(r.get("path"))).toList();
    }

    /** {@code paths}' statement and parameters (one record per path, column {@code path}); null maxHops and limit take the defaults (4, 10). */
    public static Request pathsRequest(String from, String to, Integer maxHops, List<RelationshipType> relationshipTypes,
            Integer limit, LocalDate asOf) throws InvalidArgumentException, LimitExceededException {
        if (from.equals(to)) {
            throw new InvalidArgumentException("from and to must be different nodes");
        }
        var query = PATHS.get(Bounds.within("maxHops", maxHops, 4, 1, MAX_HOPS) - 1);
        var parameters = new HashMap<String, Object>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("types", Bounds.types(relationshipTypes));
        parameters.put("limit", Bounds.within("limit", limit, 10, 1, MAX_PATHS));
        parameters.put("asOf", asOf);
        return new Request(query, parameters);
    }

    @Query
    @Description("""
            The supply chain through a material or facility as paths of material flow \
            (mine → refinery → pCAM/CAM → cell plant), UPSTREAM (where it comes from) or DOWNSTREAM (where it \
            goes), longest first, at most `maxLength` steps (1 to 8) and `limit` paths (1 to 25); plus the \
            operators of the facilities on them.""")
    public @NonNull SupplyChain supplyChain(@NonNull @Id String id, @NonNull FlowDirection direction,
            @DefaultValue("6") int maxLength, @DefaultValue("10") int limit) throws LimitExceededException {
        var query = SUPPLY_CHAIN.get(Bounds.within("maxLength", maxLength, 6, 1, MAX_CHAIN_LENGTH) - 1);
        var parameters = Map.<String, Object>of("id", id, "downstream", direction == FlowDirection.DOWNSTREAM,
                "limit", Bounds.within("limit", limit, 10, 1, MAX_PATHS), "pathBudget", PATH_BUDGET);
        return cypher.read(query, parameters).stream().findFirst()
                .map(r -> new SupplyChain(r.get("paths").asList(GraphPath::from), r.get("operators").asList(GraphPath::from),
                        r.get("truncated").asBoolean()))
                .orElse(new SupplyChain(List.of(), List.of(), false));
    }

    private static List<Cypher.Query> queries(int max, IntFunction<Cypher.Query> build) {
        return IntStream.rangeClosed(1, max).mapToObj(build).toList();
    }
}
