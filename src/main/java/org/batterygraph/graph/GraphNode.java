package org.batterygraph.graph;

import java.util.List;

import org.batterygraph.model.NodeKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A node for a graph drawing (Cytoscape.js, Sigma): id, kind, name and its key properties.")
public record GraphNode(@Id @NonNull String id, @NonNull NodeKind label, String name,
        @NonNull List<@NonNull Property> properties) {

    /** Properties a drawing needs to colour and size a node; the rest is one query away by id. */
    static final List<String> KEY_PROPERTIES = List.of("type", "status", "orgType", "kind", "capacity", "capacityUnit",
            "date", "launched", "amountUsd", "iso2", "code");

    public GraphNode {
        properties = List.copyOf(properties);
    }

    /** From a map {id, label, name, properties: map}. */
    static GraphNode from(Value v) {
        var props = v.get("properties");
        var list = KEY_PROPERTIES.stream().filter(k -> !props.get(k).isNull())
                .map(k -> new Property(k, Property.text(props.get(k)))).toList();
        return new GraphNode(v.get("id").asString(), NodeKind.valueOf(v.get("label").asString()),
                v.get("name").isNull() ? null : v.get("name").asString(), list);
    }

    /** Cypher projection of node {@code n} into the map {@link #from} reads. */
    static String projection(String n) {
        return "{id: %1$s.id, label: [l IN labels(%1$s) WHERE l <> 'Entity'][0], name: %1$s.name, properties: properties(%1$s)}"
                .formatted(n);
    }
}
