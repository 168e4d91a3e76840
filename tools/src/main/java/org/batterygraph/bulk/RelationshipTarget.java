package org.batterygraph.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;

/**
 * Relationships of one type between existing nodes, found by id. A row whose endpoint is missing or of a kind the
 * type does not connect is refused in the same statement and reported with its line; the others MERGE.
 */
record RelationshipTarget(RelationshipSchema schema) implements Target {

    private static final List<Column> KEYS = List.of(Column.text("from").asRequired(), Column.text("to").asRequired());

    // The type comes from the Vocabulary (a constant), never from the file name itself; values are parameters.
    private static final String MERGE_RELATIONSHIPS = """
            UNWIND $rows AS row
            OPTIONAL MATCH (a:Entity {id: row.from})
            OPTIONAL MATCH (b:Entity {id: row.to})
            WITH row, a, b, a IS NOT NULL AND b IS NOT NULL
                 AND any(l IN labels(a) WHERE l IN $fromLabels) AND any(l IN labels(b) WHERE l IN $toLabels) AS ok
            CALL (row, a, b, ok) {
              WITH row, a, b WHERE ok
              MERGE (a)-[r:%s]->(b)
              SET r += row.props
            }
            WITH row, a, b WHERE NOT ok
            RETURN row.line AS line, row.from AS from, row.to AS to, labels(a) AS fromLabels, labels(b) AS toLabels
            """;

    @Override
    public Header header(String[] names) {
        return Header.bind(names, KEYS, schema.columns());
    }

    @Override
    public Map<String, Object> parameter(long line, Map<String, Object> values) {
        var props = new HashMap<>(values);
        Object from = props.remove("from");
        Object to = props.remove("to");
        return Map.of("line", line, "from", from, "to", to, "props", props);
    }

    @Override
    public BatchOutcome write(TransactionContext tx, List<PendingRow> batch) {
        var result = tx.run(MERGE_RELATIONSHIPS.formatted(schema.type()), Values.parameters(
                "rows", batch.stream().map(PendingRow::parameter).toList(),
                "fromLabels", List.copyOf(schema.fromLabels()),
                "toLabels", List.copyOf(schema.toLabels())));
        var refused = new HashMap<Long, String>();
        result.forEachRemaining(r -> refused.put(r.get("line").asLong(), reason(r)));
        int created = result.consume().counters().relationshipsCreated();
        return new BatchOutcome(created, refused);
    }

    private String reason(Record r) {
        boolean fromMissing = r.get("fromLabels").isNull();
        boolean toMissing = r.get("toLabels").isNull();
        if (fromMissing || toMissing) {
            var unknown = new ArrayList<String>();
            if (fromMissing) {
                unknown.add("from id '%s'".formatted(r.get("from").asString()));
            }
            if (toMissing) {
                unknown.add("to id '%s'".formatted(r.get("to").asString()));
            }
            return "unknown " + String.join(" and unknown ", unknown);
        }
        boolean fromFits = r.get("fromLabels").asList(v -> v.asString()).stream().anyMatch(schema.fromLabels()::contains);
        return fromFits
                ? "to '%s' is not %s".formatted(r.get("to").asString(), either(schema.toLabels()))
                : "from '%s' is not %s".formatted(r.get("from").asString(), either(schema.fromLabels()));
    }

    private static String either(Set<String> labels) {
        return String.join(" or ", new TreeSet<>(labels));
    }

    @Override
    public String unit() {
        return "relationships";
    }
}
