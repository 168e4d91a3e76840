package org.batterygraph.neo4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Value;

/**
 * Relationship fields and computed fields below a root field, batched: one round trip per level, whatever the
 * number of parents. A hop's links come from {@link Prefetch} when the root field's projection read them.
 */
@ApplicationScoped
public class Links {

    private final Cypher cypher;
    private final Prefetch prefetch;
    private final Map<Hop, Cypher.Query> hops = new ConcurrentHashMap<>();

    Links(Cypher cypher, Prefetch prefetch) {
        this.cypher = cypher;
        this.prefetch = prefetch;
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
}
