package org.batterygraph.neo4j;

import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

/**
 * Every relationship field of the schema, by {@code Type.field}: the hops each feature registers (its
 * {@link HopSource}). {@link Projection} reads it to turn a selection into one Cypher query; api/HopCheck checks at
 * start that each names a field of the built schema.
 */
@ApplicationScoped
public class Hops {

    private final Map<String, Hop> byName = new TreeMap<>();

    Hops(@Any Instance<HopSource> sources) {
        for (var source : sources) {
            for (var hop : source.hops()) {
                var known = byName.putIfAbsent(hop.name(), hop);
                if (known != null && !known.equals(hop)) {
                    throw new IllegalStateException("two hops for the field " + hop.name());
                }
            }
        }
    }

    /** The hop serving {@code type.field}, or null when that field is not a plain relationship field. */
    public Hop of(String type, String field) {
        return byName.get(type + "." + field);
    }

    /** All of them, by name. */
    public Map<String, Hop> all() {
        return Map.copyOf(byName);
    }
}
