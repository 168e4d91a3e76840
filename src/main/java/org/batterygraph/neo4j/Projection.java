package org.batterygraph.neo4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;


/**
 * Turns what a client selected under a node into one Cypher expression: a map projection of the node with only
 * the selected properties (plus {@code id} and {@code name}), and for every relationship field ({@link Hop}) a
 * nested {@code COLLECT} subquery in the same shape, as deep as the selection goes. The root field's query returns
 * it, so a nested selection costs one round trip instead of one per level, and carries only the properties asked
 * for. The text is built from the hops' constant patterns and the schema's field names (which graphql-java has
 * validated against the schema): never from argument values.
 *
 * <p>A projected node is a map: its properties, and under each hop's name ({@code Organization.memberships}) the
 * list of links, each {@code {node, type, rel}} like {@link Hop#query()}'s, but with the relationship's type and
 * properties only when something selected needs them (a {@code via}, a membership's role): reading them for every
 * link of a large answer cost more than the nodes (docs/performance.md). {@link Prefetch} files them for the
 * nested fields' resolvers. Fields with arguments, and fields that are not hops (provenance, status history,
 * computed values), are left to their own batched resolvers.
 */
@ApplicationScoped
public class Projection {

    private static final Set<String> ALWAYS = Set.of("id", "name");

    private final Hops hops;

    Projection(Hops hops) {
        this.hops = hops;
    }

    /** The projection of node variable {@code variable}, of GraphQL type {@code type}, for the selected fields. */
    public String of(String variable, String type, List<Selected> fields) {
        return node(variable, type, fields, 0);
    }

    private String node(String variable, String type, List<Selected> fields, int depth) {
        var properties = new LinkedHashSet<>(ALWAYS);
        var nested = new LinkedHashMap<Hop, List<Selected>>();
        for (var field : fields) {
            if (field.name().startsWith("__") || type != null && !field.objectTypes().contains(type)) {
                continue; // meta fields, and fields of another type's fragment (under an interface)
            }
            var hop = type == null ? null : hops.of(type, field.name());
            if (hop != null && !field.arguments()) {
                nested.computeIfAbsent(hop, h -> new ArrayList<>()).add(field);
            } else if (field.below().isEmpty()) {
                properties.add(field.name());
            }
        }
        var entries = properties.stream().map(p -> "." + p).collect(Collectors.toCollection(ArrayList::new));
        for (Map.Entry<Hop, List<Selected>> hop : nested.entrySet()) {
            entries.add("`" + hop.getKey().name() + "`: " + links(variable, hop.getKey(), hop.getValue(), depth + 1));
        }
        return variable + " {" + String.join(", ", entries) + "}";
    }

    private String links(String parent, Hop hop, List<Selected> fields, int depth) {
        String target = null;
        var targetFields = new ArrayList<Selected>();
        boolean relationship = false;
        for (var field : fields) {
            var below = field.below();
            if (hop.through() == null) {
                target = field.type();
                targetFields.addAll(below);
            } else {
                for (var inner : below) {
                    if (inner.name().equals(hop.through())) {
                        target = inner.type();
                        targetFields.addAll(inner.below());
                    } else if (!inner.name().startsWith("__")) {
                        relationship = true; // another wrapper field may read the relationship (a membership's role)
                    }
                }
            }
        }
        relationship |= targetFields.stream().anyMatch(f -> f.name().equals("via"));
        var m = "m" + depth;
        var r = "r" + depth;
        return "COLLECT { MATCH " + hop.pattern(parent, depth) + " RETURN {node: " + node(m, target, targetFields, depth)
                + (relationship ? ", type: type(" + r + "), rel: properties(" + r + ")" : "") + "} AS link ORDER BY "
                + m + ".name, " + m + ".id }";
    }
}
