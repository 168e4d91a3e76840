package org.batterygraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A Neo4j of its own for one test profile, prepared before the application starts: {@code prepare} is Cypher run
 * on it first (none: an empty database). Used by the seed-mode tests, which need a database in a known state at
 * start; closed when the profile's tests end.
 */
public class PreparedNeo4j implements QuarkusTestResourceLifecycleManager {

    private Neo4j neo4j;
    private String prepare;

    @Override
    public void init(Map<String, String> initArgs) {
        prepare = initArgs.get("prepare");
    }

    @Override
    public Map<String, String> start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        if (prepare != null) {
            neo4j.defaultDatabaseService().executeTransactionally(prepare);
        }
        return Map.of("quarkus.neo4j.uri", neo4j.boltURI().toString(), "quarkus.neo4j.authentication.disabled", "true");
    }

    @Override
    public void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    private static final Pattern ROW = Pattern.compile("\\{id: '([^']+)', label: '(\\w+)', name: '((?:[^'\\\\]|\\\\.)*)'");

    /** Entities per label as cypher/seed/010-nodes.cypher lists them, read from the file (not from the database). */
    static Map<String, Integer> seedRowsPerLabel() {
        var counts = new TreeMap<String, Integer>();
        var rows = ROW.matcher(seedNodes());
        while (rows.find()) {
            counts.merge(rows.group(2), 1, Integer::sum);
        }
        return counts;
    }

    /** The name cypher/seed/010-nodes.cypher gives the entity {@code id}. */
    static String seedName(String id) {
        var rows = ROW.matcher(seedNodes());
        while (rows.find()) {
            if (rows.group(1).equals(id)) {
                return rows.group(3).replace("\\'", "'");
            }
        }
        throw new IllegalArgumentException(id + " is not in the seed");
    }

    private static String seedNodes() {
        try {
            return Files.readString(Path.of("cypher/seed/010-nodes.cypher"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
