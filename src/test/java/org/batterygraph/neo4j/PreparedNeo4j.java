package org.batterygraph.neo4j;

import java.util.Map;

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
}
