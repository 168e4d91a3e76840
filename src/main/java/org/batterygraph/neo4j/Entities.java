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
import org.neo4j.driver.Value;


/**
 * Reads shared by every feature: one entity by id, a filtered page of a kind, and relationship hops.
 * {@link #byId} and {@link #list} read the whole nested selection of their root field
 * in their one round trip ({@link Projection}); the relationship fields below them then take their links from
 * {@link Prefetch}. A relationship field reached any other way is batched: one round trip per level, whatever the
 * number of parents.
 */
@ApplicationScoped
public class Entities {

    private final Cypher cypher;
    private final Projection projection;
    private final Prefetch prefetch;
    private final Map<Hop, Cypher.Query> hops = new ConcurrentHashMap<>();

    Entities(Cypher cypher, Projection projection, Prefetch prefetch) {
        this.cypher = cypher;
        this.projection = projection;
        this.prefetch = prefetch;
    }

    /** The node with this id, with everything selected below it read in the same round trip. */
    public <T> Optional<T> byId(NodeKind kind, String id, List<Selected> selection, Function<Value, T> mapper) {
        var query = new Cypher.Query(kind.label() + ".byId", "MATCH (n:%s {id: $id}) RETURN %s AS n"
                .formatted(kind.label(), projection.of("n", kind.label(), selection)));
        return cypher.read(query, Map.of("id", id)).stream().findFirst().map(r -> mapper.apply(filed(r.get("n"))));
    }

    /**
     * A page of this kind: the nodes matching {@code conditions}, in {@code order}, with everything selected below
     * {@code nodes} in the same round trip (projection) and {@code totalCount} only when {@code counted}. In id order
     * the page starts after the cursor's id, so it is read from the unique index in order; in another order the
     * cursor is an offset.
     */
    public <T> Listing<T> list(NodeKind kind, Conditions conditions, SortOrder order, PageRequest page,
            List<Selected> nodes, boolean counted, Function<Value, T> mapper) {
        var parameters = new HashMap<>(conditions.parameters());
        parameters.put("after", page.afterId());
        parameters.put("offset", page.offset());
        parameters.put("limit", page.first() + 1);
        var predicate = conditions.predicate();
        var text = LIST.formatted(kind.label(), order.byId() ? "n.id > $after AND " : "", predicate, order.sortKeys(),
                projection.of("n", kind.label(), nodes)) + (counted ? COUNTED.formatted(kind.label(), predicate) : UNCOUNTED);
        var record = cypher.read(new Cypher.Query(kind.label() + ".list", text), parameters).get(0);
        var found = record.get("nodes").asList(n -> filed(n));
        boolean hasNext = found.size() > page.first();
        var shown = found.stream().limit(page.first()).toList();
        String endCursor = null;
        if (!shown.isEmpty()) {
            endCursor = order.byId() ? PageRequest.cursor(shown.get(shown.size() - 1).get("id").asString())
                    : PageRequest.offsetCursor(page.offset() + shown.size());
        }
        return new Listing<>(shown.stream().map(mapper).toList(), new PageInfo(hasNext, endCursor),
                counted ? record.get("total").asInt() : null);
    }

    private static final String LIST = """
            CALL () {
              MATCH (n:%s)
              WHERE %s(%s)
              WITH n ORDER BY %s SKIP $offset LIMIT $limit
              WITH %s AS n
              RETURN collect(n) AS nodes
            }
            """;
    private static final String COUNTED = """
            CALL () { MATCH (n:%s) WHERE %s RETURN count(n) AS total }
            RETURN nodes, total
            """;
    private static final String UNCOUNTED = "RETURN nodes, null AS total";

    /**
     * The projection of node variable {@code variable}, of whichever of these kinds it is, for the fields selected
     * on it (fragments per kind on an interface): a {@code CASE} on its label; only id and name when none is.
     */
    public String projectionOfAny(String variable, List<NodeKind> kinds, List<Selected> fields) {
        if (fields.isEmpty()) {
            return variable + " {.id, .name}";
        }
        var cases = new StringBuilder("CASE");
        for (var kind : kinds) {
            cases.append(" WHEN ").append(variable).append(':').append(kind.label()).append(" THEN ")
                    .append(projection.of(variable, kind.label(), fields));
        }
        return cases.append(" END").toString();
    }

    /** Files a projected node's nested links in {@link Prefetch}, for the fields below it, and returns the node. */
    public Value filed(Value node) {
        prefetch.file(node);
        return node;
    }

    /**
     * For each parent, in order, the target nodes of the hop, mapped from the node and the link it was reached
     * through (a map with {@code node}, {@code type} and {@code rel}; provenance/Via reads the last two).
     */
    public <P, T> List<List<T>> related(Hop hop, List<P> parents, Function<P, String> id, BiFunction<Value, Value, T> mapper) {
        return relatedLinks(hop, parents, id, (parent, link) -> mapper.apply(link.get("node"), link));
    }

    /** For each parent, in order, the first target node of the hop or null: for single-valued fields. */
    public <P, T> List<T> relatedOne(Hop hop, List<P> parents, Function<P, String> id, BiFunction<Value, Value, T> mapper) {
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

    /** A page of a list root field, with its total when selected, before it becomes the feature's page type. */
    public record Listing<T>(List<T> items, PageInfo pageInfo, Integer totalCount) {
    }
}
