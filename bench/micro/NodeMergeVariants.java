import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * Node rows per second of four statement shapes for one batch of 10,000 Facility rows: the bulk import's own
 * (clash check + MERGE), MERGE on the Entity id only, a bare MERGE, and CREATE. WRITES 80,000 nodes: point it at a
 * scratch database only, e.g. one started with
 *
 *   NEO4J_LOCAL_HOME=/tmp/neo4j-scratch NEO4J_BOLT_PORT=7689 NEO4J_HTTP_PORT=7476 NEO4J_PASSWORD=scratch123 neo4j/local.sh start
 *   scripts/bulk-import.sh --uri bolt://127.0.0.1:7689 --password scratch123 .neo4j-bench/import/synthetic-10000-42   # schema + warm-up
 *   java -cp "target/quarkus-app/lib/main/*" bench/micro/NodeMergeVariants.java bolt://127.0.0.1:7689 scratch123
 */
public class NodeMergeVariants {

    public static void main(String[] args) {
        var variants = new LinkedHashMap<String, String>();
        variants.put("bulk import (clash check + MERGE)", """
                UNWIND $rows AS row
                OPTIONAL MATCH (existing:Entity {id: row.id})
                WITH row, existing, existing IS NOT NULL AND NOT existing:Facility AS clash
                CALL (row, clash) {
                  WITH row WHERE NOT clash
                  MERGE (n:Entity:Facility {id: row.id})
                  SET n += row.props
                }
                WITH row, existing WHERE clash
                RETURN row.line AS line, [l IN labels(existing) WHERE l <> 'Entity'] AS labels
                """);
        variants.put("MERGE on Entity id, label on create", """
                UNWIND $rows AS row
                MERGE (n:Entity {id: row.id})
                ON CREATE SET n:Facility
                WITH row, n WHERE n:Facility
                SET n += row.props
                """);
        variants.put("bare MERGE", "UNWIND $rows AS row MERGE (n:Entity:Facility {id: row.id}) SET n += row.props");
        variants.put("CREATE", "UNWIND $rows AS row CREATE (n:Entity:Facility {id: row.id}) SET n += row.props");
        try (var driver = GraphDatabase.driver(args[0], AuthTokens.basic("neo4j", args[1]))) {
            int run = 0;
            for (int round = 1; round <= 2; round++) {
                for (var variant : variants.entrySet()) {
                    run++;
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (int i = 0; i < 10_000; i++) {
                        Map<String, Object> props = new HashMap<>();
                        props.put("name", "Facility " + run + "-" + i);
                        props.put("status", "Operational");
                        props.put("type", "CAM");
                        props.put("capacity", 12.5);
                        props.put("capacityUnit", "GWh");
                        props.put("city", "Town " + (i % 500));
                        props.put("jobs", 100L);
                        rows.add(Map.of("line", (long) i, "id", "facility:micro-" + run + "-" + i, "props", props));
                    }
                    long start = System.nanoTime();
                    try (var session = driver.session()) {
                        session.executeWrite(tx -> tx.run(variant.getValue(), Map.of("rows", rows)).consume());
                    }
                    System.out.printf("round %d  %-38s %,.0f rows/s%n", round, variant.getKey(), 10_000 / ((System.nanoTime() - start) / 1e9));
                }
            }
        }
    }
}
