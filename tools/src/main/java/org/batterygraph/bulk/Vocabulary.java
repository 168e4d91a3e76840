package org.batterygraph.bulk;

import static org.batterygraph.bulk.ColumnType.DATE;
import static org.batterygraph.bulk.ColumnType.LIST;
import static org.batterygraph.bulk.Column.of;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.batterygraph.model.NodeKind;
import org.batterygraph.model.Property;
import org.batterygraph.model.RelationshipType;

/**
 * The graph model ({@code org.batterygraph.model}) as the import accepts it: labels with their property columns,
 * relationship types with their endpoints and property columns, plus the provenance columns every node and
 * relationship has. A file name whose label or type is not here is refused, so the only labels and types that
 * reach Cypher text are the model's constants.
 */
final class Vocabulary {

    private static final Map<String, NodeSchema> NODES = Arrays.stream(NodeKind.values())
            .collect(Collectors.toUnmodifiableMap(NodeKind::label, Vocabulary::node));

    private static final Map<String, RelationshipSchema> RELATIONSHIPS = Arrays.stream(RelationshipType.values())
            .collect(Collectors.toUnmodifiableMap(RelationshipType::type, Vocabulary::relationship));

    private Vocabulary() {
    }

    static Optional<NodeSchema> node(String label) {
        return Optional.ofNullable(NODES.get(label));
    }

    static Optional<RelationshipSchema> relationship(String type) {
        return Optional.ofNullable(RELATIONSHIPS.get(type));
    }

    static Set<String> labels() {
        return new TreeSet<>(NODES.keySet());
    }

    static Set<String> types() {
        return new TreeSet<>(RELATIONSHIPS.keySet());
    }

    /** Every node may name its sources (docs/data.md, "Provenance: the rule"); a claim needs no name. */
    private static NodeSchema node(NodeKind kind) {
        var columns = columns(kind.properties());
        columns.add(of("sources", LIST));
        return new NodeSchema(kind.label(), kind != NodeKind.Claim, columns);
    }

    /** Every relationship must name its sources, and may name its claims and when it holds. */
    private static RelationshipSchema relationship(RelationshipType type) {
        var columns = columns(type.properties());
        columns.add(of("sources", LIST).asRequired());
        columns.add(of("claims", LIST));
        columns.add(of("validFrom", DATE));
        columns.add(of("validTo", DATE));
        return new RelationshipSchema(type.type(), Set.copyOf(type.fromLabels()), Set.copyOf(type.toLabels()), columns);
    }

    private static List<Column> columns(List<Property> properties) {
        return properties.stream().map(Column::of).collect(Collectors.toCollection(ArrayList::new));
    }

}
