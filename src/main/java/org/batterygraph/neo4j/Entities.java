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
import org.batterygraph.api.PageRequest;
import org.batterygraph.provenance.Via;
import org.neo4j.driver.Value;

/**
 * Reads shared by every feature: one entity by id, a page of a kind, and batched relationship hops.
 * Each method is exactly one Cypher round trip, whatever the number of ids.
 */
@ApplicationScoped
public class Entities {

    private final Cypher cypher;
    private final Map<Kind, Cypher.Query> byId = new ConcurrentHashMap<>();
    private final Map<Kind, Cypher.Query> page = new ConcurrentHashMap<>();
    private final Map<Hop, Cypher.Query> hops = new ConcurrentHashMap<>();

    Entities(Cypher cypher) {
        this.cypher = cypher;
    }

    public <T> Optional<T> byId(Kind kind, String id, Function<Value, T> mapper) {
        var query = byId.computeIfAbsent(kind, k -> new Cypher.Query(k.label() + ".byId",
                "MATCH (n:%s {id: $id}) RETURN n".formatted(k.label())));
        return cypher.read(query, Map.of("id", id)).stream().findFirst().map(r -> mapper.apply(r.get("n")));
    }

    /** Ordered by id, which the kind's unique constraint indexes: the page is read from the index in order. */
    public <T> Slice<T> page(Kind kind, PageRequest request, Function<Value, T> mapper) {
        var query = page.computeIfAbsent(kind, k -> new Cypher.Query(k.label() + ".page", """
                MATCH (n:%s) WHERE n.id > $after
                RETURN n ORDER BY n.id LIMIT $limit
                """.formatted(k.label())));
        return page(query, Map.of(), request, mapper);
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
        var links = listsPerParent(hops.computeIfAbsent(hop, Hop::query), parents, id, "links", v -> v);
        return IntStream.range(0, parents.size())
                .mapToObj(i -> links.get(i).stream().map(link -> mapper.apply(parents.get(i), link)).toList())
                .toList();
    }

    /**
     * The batching pattern of every list-valued field: runs a query taking {@code $ids} and returning one row
     * per found parent with {@code id} and a list column, and hands back one list per parent, in the parents'
     * order (empty for a parent without a row).
     */
    public <P, T> List<List<T>> listsPerParent(Cypher.Query query, List<P> parents, Function<P, String> id,
            String column, Function<Value, T> mapper) {
        var byId = new HashMap<String, List<T>>();
        for (var record : cypher.read(query, Map.of("ids", parents.stream().map(id).toList()))) {
            byId.put(record.get("id").asString(), record.get(column).asList(mapper::apply));
        }
        return parents.stream().map(p -> byId.getOrDefault(id.apply(p), List.of())).toList();
    }

    /** A page of mapped items, before it becomes a feature's GraphQL connection type. */
    public record Slice<T>(List<T> items, boolean hasNext, String endCursor) {

        public PageInfo pageInfo() {
            return new PageInfo(hasNext, endCursor);
        }
    }
}
