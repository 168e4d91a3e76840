package org.batterygraph.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * The links a root field's query already read for the nested relationship fields of this request
 * ({@link Projection}), by hop and parent id. A nested field takes its links from here instead of querying again.
 * When one (hop, parent) pair arrives twice with different content (the same node selected with different nested
 * fields, in two places of the document), the pair is forgotten and that field queries as before: correct first.
 */
@RequestScoped
public class Prefetch {

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private final Map<String, Map<String, List<Value>>> links = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    /** Files the links under a projected node, and under the nodes they reach, recursively. */
    public synchronized void file(Value node) {
        if (!node.hasType(TYPES.MAP())) {
            return;
        }
        var id = node.get("id");
        for (var key : node.keys()) {
            if (key.indexOf('.') < 0 || id.isNull()) {
                continue; // properties have plain names, hops are Type.field
            }
            var list = node.get(key).asList(v -> v);
            var byParent = links.computeIfAbsent(key, k -> new HashMap<>());
            var pair = key + "\u0000" + id.asString();
            var known = byParent.putIfAbsent(id.asString(), list);
            if (known != null && !known.equals(list)) {
                ambiguous.add(pair);
            }
            list.forEach(link -> file(link.get("node")));
        }
    }

    /** The links of the hop for each parent id, in order; null unless every one of them was filed unambiguously. */
    synchronized List<List<Value>> links(Hop hop, List<String> parentIds) {
        var byParent = links.get(hop.name());
        if (byParent == null) {
            return null;
        }
        var found = new ArrayList<List<Value>>(parentIds.size());
        for (var id : parentIds) {
            var list = byParent.get(id);
            if (list == null || ambiguous.contains(hop.name() + "\u0000" + id)) {
                return null;
            }
            found.add(list);
        }
        return found;
    }
}
