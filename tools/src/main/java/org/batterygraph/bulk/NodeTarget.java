package org.batterygraph.bulk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;

/**
 * Nodes of one label. MERGE on the stable id, then SET the row's properties: loading twice changes nothing.
 * A row whose id already belongs to a node of another kind is refused rather than given a second kind label.
 */
record NodeTarget(NodeSchema schema) implements Target {

    private static final Column ID = Column.text("id").asRequired();

    // The label comes from the Vocabulary (a constant), never from the file name itself; values are parameters.
    private static final String MERGE_NODES = """
            UNWIND $rows AS row
            OPTIONAL MATCH (existing:Entity {id: row.id})
            WITH row, existing, existing IS NOT NULL AND NOT existing:%1$s AS clash
            CALL (row, clash) {
              WITH row WHERE NOT clash
              MERGE (n:Entity:%1$s {id: row.id})
              SET n += row.props
            }
            WITH row, existing WHERE clash
            RETURN row.line AS line, [l IN labels(existing) WHERE l <> 'Entity'] AS labels
            """;

    @Override
    public Header header(String[] names) {
        Column name = schema.nameRequired() ? Column.text("name").asRequired() : Column.text("name");
        return Header.bind(names, List.of(ID, name), schema.columns());
    }

    @Override
    public Map<String, Object> parameter(long line, Map<String, Object> values) {
        var props = new HashMap<>(values);
        Object id = props.remove("id");
        if (props.get("aliases") instanceof List<?> aliases) {
            // the full-text index entity_names covers aliasText, as the seed sets it
            props.put("aliasText", aliases.stream().map(a -> " " + a).reduce("", String::concat));
        }
        return Map.of("line", line, "id", id, "props", props);
    }

    @Override
    public BatchOutcome write(TransactionContext tx, List<PendingRow> batch) {
        var result = tx.run(MERGE_NODES.formatted(schema.label()),
                Values.parameters("rows", batch.stream().map(PendingRow::parameter).toList()));
        var refused = new HashMap<Long, String>();
        result.forEachRemaining(r -> refused.put(r.get("line").asLong(),
                "id already belongs to a %s node, not %s".formatted(
                        String.join("/", r.get("labels").asList(v -> v.asString())), schema.label())));
        int created = result.consume().counters().nodesCreated();
        return new BatchOutcome(created, refused);
    }

    @Override
    public String unit() {
        return "nodes";
    }
}
