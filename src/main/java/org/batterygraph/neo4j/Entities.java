package org.batterygraph.neo4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.batterygraph.api.PageInfo;
import org.batterygraph.api.PageRequest;
import org.batterygraph.model.NodeKind;
import org.neo4j.driver.Value;


/**
 * The root fields' reads: one entity by id and a filtered, ordered page of a kind, each with the whole nested
 * selection of relationship fields in its one round trip ({@link Projection}); their links are filed in
 * {@link Prefetch} for the fields below, which {@link Links} serves.
 */
@ApplicationScoped
public class Entities {

    private final Cypher cypher;
    private final Projection projection;
    private final Prefetch prefetch;

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
        return list(kind, conditions, order, page, projection.of("n", kind.label(), nodes, conditions.computed()), counted, mapper);
    }

    /**
     * {@link #list(NodeKind, Conditions, SortOrder, PageRequest, List, boolean, Function)} with the expression each
     * node {@code n} is returned as given by the feature (a constant: a claim's projection, which computes its
     * source, ends and disputes), for a kind whose record is not its properties and hops.
     */
    public <T> Listing<T> list(NodeKind kind, Conditions conditions, SortOrder order, PageRequest page,
            String projected, boolean counted, Function<Value, T> mapper) {
        var parameters = new HashMap<>(conditions.parameters());
        parameters.put("after", page.afterId());
        parameters.put("offset", page.offset());
        parameters.put("limit", page.first() + 1);
        var predicate = conditions.predicate();
        var hint = conditions.hint().isEmpty() ? "" : " " + conditions.hint();
        var text = LIST.formatted(kind.label(), hint, order.byId() ? "n.id > $after AND " : "", predicate, order.sortKeys(),
                projected) + (counted ? COUNTED.formatted(kind.label(), hint, predicate) : UNCOUNTED);
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
              MATCH (n:%s)%s
              WHERE %s(%s)
              WITH n ORDER BY %s SKIP $offset LIMIT $limit
              WITH %s AS n
              RETURN collect(n) AS nodes
            }
            """;
    private static final String COUNTED = """
            CALL () { MATCH (n:%s)%s WHERE %s RETURN count(n) AS total }
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

    /** A page of a list root field, with its total when selected, before it becomes the feature's page type. */
    public record Listing<T>(List<T> items, PageInfo pageInfo, Integer totalCount) {
    }
}
