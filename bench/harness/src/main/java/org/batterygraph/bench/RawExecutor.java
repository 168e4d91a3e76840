package org.batterygraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The floor: the same data read with one Cypher statement through the Java driver, no HTTP, no GraphQL. */
final class RawExecutor implements Executor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private final Driver driver;

    RawExecutor(Driver driver) {
        this.driver = driver;
    }

    @Override
    public JsonNode execute(String cypher, Map<String, Object> variables) {
        var result = driver.executableQuery(cypher).withParameters(variables).execute();
        List<Object> rows = new ArrayList<>();
        for (var record : result.records()) {
            Map<String, Object> row = new LinkedHashMap<>();
            record.keys().forEach(key -> row.put(key, plain(record.get(key))));
            rows.add(row);
        }
        return JSON.valueToTree(Map.of("rows", rows));
    }

    /** Driver values as JSON-friendly Java values: nodes as their properties, temporal values as ISO text. */
    static Object plain(Value value) {
        if (value.isNull()) {
            return null;
        }
        if (value.hasType(TYPES.LIST())) {
            return value.asList(RawExecutor::plain);
        }
        if (value.hasType(TYPES.MAP()) || value.hasType(TYPES.NODE()) || value.hasType(TYPES.RELATIONSHIP())) {
            return value.asMap(RawExecutor::plain);
        }
        Object object = value.asObject();
        return object instanceof Number || object instanceof Boolean || object instanceof String ? object
                : object.toString(); // dates and times: ISO-8601, as GraphQL serves them
    }
}
