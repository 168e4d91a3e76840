package org.batterygraph.analyst;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns driver values into plain JSON values (temporal values as ISO-8601 text), collecting every node and
 * relationship met on the way into a graph of nodes and edges.
 */
final class JsonValues {

    private final Map<String, CypherResult.Node> nodes = new LinkedHashMap<>();
    private final Map<String, CypherResult.Edge> edges = new LinkedHashMap<>();

    CypherResult.Graph graph() {
        return new CypherResult.Graph(List.copyOf(nodes.values()), List.copyOf(edges.values()));
    }

    Object toJson(Value value) {
        var type = TypeSystem.getDefault();
        if (value.isNull()) {
            return null;
        } else if (value.hasType(type.NODE())) {
            return node(value.asNode());
        } else if (value.hasType(type.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        } else if (value.hasType(type.PATH())) {
            return path(value.asPath());
        } else if (value.hasType(type.LIST())) {
            return value.asList(this::toJson);
        } else if (value.hasType(type.MAP())) {
            return map(value);
        } else if (value.hasType(type.BOOLEAN())) {
            return value.asBoolean();
        } else if (value.hasType(type.INTEGER())) {
            return value.asLong();
        } else if (value.hasType(type.FLOAT())) {
            double d = value.asDouble();
            return Double.isFinite(d) ? d : Double.toString(d);
        } else if (value.hasType(type.STRING())) {
            return value.asString();
        } else if (value.hasType(type.BYTES())) {
            return Base64.getEncoder().encodeToString(value.asByteArray());
        } else if (value.hasType(type.POINT())) {
            var p = value.asPoint();
            return Map.of("srid", p.srid(), "x", p.x(), "y", p.y(), "z", p.z());
        }
        return value.asObject().toString();
    }

    private Map<String, Object> map(Value value) {
        var map = new LinkedHashMap<String, Object>();
        value.keys().forEach(k -> map.put(k, toJson(value.get(k))));
        return map;
    }

    private Map<String, Object> node(Node n) {
        var properties = properties(n.asMap(v -> v));
        var labels = new ArrayList<String>();
        n.labels().forEach(labels::add);
        nodes.putIfAbsent(n.elementId(), new CypherResult.Node(n.elementId(), labels, properties));
        return Map.of("elementId", n.elementId(), "labels", labels, "properties", properties);
    }

    private Map<String, Object> relationship(Relationship r) {
        var properties = properties(r.asMap(v -> v));
        edges.putIfAbsent(r.elementId(), new CypherResult.Edge(r.elementId(), r.type(), r.startNodeElementId(),
                r.endNodeElementId(), properties));
        return Map.of("elementId", r.elementId(), "type", r.type(), "start", r.startNodeElementId(),
                "end", r.endNodeElementId(), "properties", properties);
    }

    private Map<String, Object> path(Path p) {
        var pathNodes = new ArrayList<Object>();
        p.nodes().forEach(n -> pathNodes.add(node(n)));
        var pathRelationships = new ArrayList<Object>();
        p.relationships().forEach(r -> pathRelationships.add(relationship(r)));
        return Map.of("nodes", pathNodes, "relationships", pathRelationships);
    }

    private Map<String, Object> properties(Map<String, Value> raw) {
        var properties = new LinkedHashMap<String, Object>();
        raw.forEach((k, v) -> properties.put(k, toJson(v)));
        return properties;
    }
}
