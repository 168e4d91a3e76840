package org.batterygraph.neo4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.batterygraph.model.NodeKind;
import org.batterygraph.model.Property;


/**
 * Turns what a client selected under a node into one Cypher expression: a map projection of the node with only
 * the selected properties (plus {@code id} and {@code name}), and for every relationship field ({@link Hop}) a
 * nested {@code COLLECT} subquery in the same shape, as deep as the selection goes. The root field's query returns
 * it, so a nested selection costs one round trip instead of one per level, and carries only the properties asked
 * for. A point property of the kind ({@code location}) is projected whole when selected, whatever is selected
 * under it (its record picks latitude and longitude). The text is built from the hops' constant patterns and the schema's field names (which graphql-java has
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
        return node(variable, type, fields, 0, Map.of());
    }

    /**
     * {@link #of(String, String, List)} with fields a list's filter computes for its nodes ({@code distanceKm} from
     * a centre), by field name: a constant expression of {@code variable}, projected under that name when selected.
     */
    public String of(String variable, String type, List<Selected> fields, Map<String, String> computed) {
        return node(variable, type, fields, 0, computed);
    }

    private String node(String variable, String type, List<Selected> fields, int depth) {
        return node(variable, type, fields, depth, Map.of());
    }

    private String node(String variable, String type, List<Selected> fields, int depth, Map<String, String> computed) {
        var properties = new LinkedHashSet<>(ALWAYS);
        var expressions = new LinkedHashMap<String, String>();
        var nested = new LinkedHashMap<Hop, List<Selected>>();
        for (var field : fields) {
            if (field.name().startsWith("__") || type != null && !field.objectTypes().contains(type)) {
                continue; // meta fields, and fields of another type's fragment (under an interface)
            }
            var hop = type == null ? null : hops.of(type, field.name());
            if (hop != null && !field.arguments()) {
                nested.computeIfAbsent(hop, h -> new ArrayList<>()).add(field);
            } else if (computed.containsKey(field.name())) {
                expressions.put(field.name(), computed.get(field.name()));
            } else if (field.below().isEmpty() || point(type, field.name())) {
                properties.add(field.name());
            }
        }
        var entries = properties.stream().map(p -> "." + p).collect(Collectors.toCollection(ArrayList::new));
        expressions.forEach((name, expression) -> entries.add("`" + name + "`: " + expression));
        for (Map.Entry<Hop, List<Selected>> hop : nested.entrySet()) {
            entries.add("`" + hop.getKey().name() + "`: " + links(variable, hop.getKey(), hop.getValue(), depth + 1));
        }
        return variable + " {" + String.join(", ", entries) + "}";
    }

    /** Whether the field is a point property of the kind (its selection, latitude and longitude, is of the point). */
    private static boolean point(String type, String field) {
        return Arrays.stream(NodeKind.values()).filter(k -> k.label().equals(type)).findFirst()
                .flatMap(k -> k.property(field)).filter(p -> p.type() == Property.ValueType.POINT).isPresent();
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
