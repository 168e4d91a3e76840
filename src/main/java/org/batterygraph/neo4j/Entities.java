package org.batterygraph.neo4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.batterygraph.api.PageInfo;
import org.batterygraph.model.NodeKind;
import org.batterygraph.api.PageRequest;
import org.batterygraph.provenance.Via;
import org.neo4j.driver.Value;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;

/**
 * Reads shared by every feature: one entity by id, a page of a kind, and relationship hops.
 * {@link #byId} and {@link #page(NodeKind, PageRequest, Function)} read the whole nested selection of their root field
 * in their one round trip ({@link Projection}); the relationship fields below them then take their links from
 * {@link Prefetch}. A relationship field reached any other way is batched: one round trip per level, whatever the
 * number of parents.
 */
@ApplicationScoped
public class Entities {

    private final Cypher cypher;
    private final Projection projection;
    private final Prefetch prefetch;
    private final Context context;
    private final Map<Hop, Cypher.Query> hops = new ConcurrentHashMap<>();

    Entities(Cypher cypher, Projection projection, Prefetch prefetch, Context context) {
        this.cypher = cypher;
        this.projection = projection;
        this.prefetch = prefetch;
        this.context = context;
    }

    /** The node with this id, with everything selected below it read in the same round trip. */
    public <T> Optional<T> byId(NodeKind kind, String id, Function<Value, T> mapper) {
        var query = new Cypher.Query(kind.label() + ".byId", "MATCH (n:%s {id: $id}) RETURN %s AS n"
                .formatted(kind.label(), projection.of("n", kind.label(), selected(null))));
        return cypher.read(query, Map.of("id", id)).stream().findFirst().map(r -> mapper.apply(filed(r.get("n"))));
    }

    /**
     * Ordered by id, which the kind's unique constraint indexes: the page is read from the index in order, with
     * everything selected below {@code nodes} in the same round trip.
     */
    public <T> Slice<T> page(NodeKind kind, PageRequest request, Function<Value, T> mapper) {
        var query = new Cypher.Query(kind.label() + ".page", """
                MATCH (n:%s) WHERE n.id > $after
                WITH n ORDER BY n.id LIMIT $limit
                RETURN %s AS n ORDER BY n.id
                """.formatted(kind.label(), projection.of("n", kind.label(), selected("nodes"))));
        return page(query, Map.of(), request, v -> mapper.apply(filed(v)));
    }

    /**
     * The projection of node {@code n} of this kind for what the current root field selected (under its field
     * {@code under}, e.g. a page's {@code nodes}): for a feature's own list query. Pass each node it returns
     * through {@link #filed}.
     */
    public String projection(NodeKind kind, String under) {
        return projection.of("n", kind.label(), selected(under));
    }

    /** Files a projected node's nested links in {@link Prefetch}, for the fields below it, and returns the node. */
    public Value filed(Value node) {
        prefetch.file(node);
        return node;
    }

    /**
     * The fields selected on the current root field's nodes: directly under it, or under its {@code under} field
     * (a page's {@code nodes}). Empty outside a GraphQL request: then only {@code id} and {@code name} are read.
     */
    private List<SelectedField> selected(String under) {
        DataFetchingEnvironment environment;
        try {
            environment = context.unwrap(DataFetchingEnvironment.class);
        } catch (RuntimeException e) {
            return List.of();
        }
        if (environment == null) {
            return List.of();
        }
        var fields = environment.getSelectionSet().getImmediateFields();
        return under == null ? fields
                : fields.stream().filter(f -> f.getName().equals(under))
                        .flatMap(f -> f.getSelectionSet().getImmediateFields().stream()).toList();
    }

    /**
     * A page of a feature's own list query: it must return {@code n} ordered by {@code n.id}, only ids greater
     * than {@code $after}, at most {@code $limit} rows. Asks for one row more than the page to know if there is
     * a next page.
     */
    public <T> Slice<T> page(Cypher.Query query, Map<String, Object> filters, PageRequest request, Function<Value, T> mapper) {
        var parameters = new HashMap<>(filters);
        parameters.put("after", request.afterId());
        parameters.put("limit", request.first() + 1);
        var records = cypher.read(query, parameters);
        boolean hasNext = records.size() > request.first();
        var nodes = records.stream().limit(request.first()).map(r -> r.get("n")).toList();
        var endCursor = nodes.isEmpty() ? null : PageRequest.cursor(nodes.get(nodes.size() - 1).get("id").asString());
        return new Slice<>(nodes.stream().map(mapper).toList(), hasNext, endCursor);
    }

    /** For each parent, in order, the target nodes of the hop, each with the {@link Via} it was reached through. */
    public <P, T> List<List<T>> related(Hop hop, List<P> parents, Function<P, String> id, BiFunction<Value, Via, T> mapper) {
        return relatedLinks(hop, parents, id, (parent, link) -> mapper.apply(link.get("node"), Via.from(link)));
    }

    /** For each parent, in order, the first target node of the hop or null: for single-valued fields. */
    public <P, T> List<T> relatedOne(Hop hop, List<P> parents, Function<P, String> id, BiFunction<Value, Via, T> mapper) {
        return related(hop, parents, id, mapper).stream().map(list -> list.isEmpty() ? null : list.get(0)).toList();
    }

    /**
     * For each parent, in order, the hop's links mapped with their parent: a link is a map with {@code node}
     * (the target), {@code type} and {@code rel} (the relationship's type and properties).
     */
    public <P, T> List<List<T>> relatedLinks(Hop hop, List<P> parents, Function<P, String> id, BiFunction<P, Value, T> mapper) {
        var links = prefetch.links(hop, parents.stream().map(id).toList());
        if (links == null) {
            links = listsPerParent(hops.computeIfAbsent(hop, Hop::query), parents, id, "links", v -> v);
        }
        var read = links;
        return IntStream.range(0, parents.size())
                .mapToObj(i -> read.get(i).stream().map(link -> mapper.apply(parents.get(i), link)).toList())
                .toList();
    }

    /**
     * The batching pattern of every list-valued field: runs a query taking {@code $ids} and returning one row
     * per found parent with {@code id} and a list column, and hands back one list per parent, in the parents'
     * order (empty for a parent without a row).
     */
    public <P, T> List<List<T>> listsPerParent(Cypher.Query query, List<P> parents, Function<P, String> id,
            String column, Function<Value, T> mapper) {
        return listsPerParent(query, Map.of(), parents, id, column, mapper);
    }

    /** {@link #listsPerParent(Cypher.Query, List, Function, String, Function)} with more (constant) parameters. */
    public <P, T> List<List<T>> listsPerParent(Cypher.Query query, Map<String, Object> parameters, List<P> parents,
            Function<P, String> id, String column, Function<Value, T> mapper) {
        return valuesPerParent(query, parameters, parents, id, column, v -> v.asList(mapper::apply), List.of());
    }

    /**
     * The batching pattern of a computed scalar field (a count): a query taking {@code $ids} and returning one row
     * per found parent with {@code id} and the value column; one value per parent, in order ({@code absent} for a
     * parent without a row).
     */
    public <P, T> List<T> valuesPerParent(Cypher.Query query, List<P> parents, Function<P, String> id, String column,
            Function<Value, T> mapper, T absent) {
        return valuesPerParent(query, Map.of(), parents, id, column, mapper, absent);
    }

    private <P, T> List<T> valuesPerParent(Cypher.Query query, Map<String, Object> constants, List<P> parents,
            Function<P, String> id, String column, Function<Value, T> mapper, T absent) {
        var parameters = new HashMap<>(constants);
        parameters.put("ids", parents.stream().map(id).toList());
        var byId = new HashMap<String, T>();
        for (var record : cypher.read(query, parameters)) {
            byId.put(record.get("id").asString(), mapper.apply(record.get(column)));
        }
        return parents.stream().map(p -> byId.getOrDefault(id.apply(p), absent)).toList();
    }

    /** A page of mapped items, before it becomes a feature's GraphQL connection type. */
    public record Slice<T>(List<T> items, boolean hasNext, String endCursor) {

        public PageInfo pageInfo() {
            return new PageInfo(hasNext, endCursor);
        }
    }
}
