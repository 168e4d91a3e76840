package org.batterygraph;

import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Neo4j 5.26 (neo4j-harness, in-process, Bolt only) for the whole test run. The application under test
 * applies the same cypher/schema.cypher and seed files to it at start as it does to any other database.
 *
 * <p>With {@code -Dbattery.test.neo4j.uri=bolt://...} the tests use that server instead (empty at the start of the
 * run, authentication off): neo4j/compat.sh runs the suite so against a current Neo4j release in its own JVM.
 */
public class Neo4jTestResource implements QuarkusTestResourceLifecycleManager {

    /** An external Neo4j to test against instead of the in-process harness. */
    public static final String EXTERNAL = "battery.test.neo4j.uri";

    private static Neo4j neo4j;

    @Override
    public synchronized Map<String, String> start() {
        var external = System.getProperty(EXTERNAL, "");
        if (!external.isBlank()) {
            return Map.of("quarkus.neo4j.uri", external, "quarkus.neo4j.authentication.disabled", "true");
        }
        if (neo4j == null) {
            // Jersey inside the harness clashes with Quarkus' JAX-RS when its HTTP server is on: Bolt only.
            // Transaction timeouts are enforced by a monitor that looks every 2 s by default: a statement a test expects
            // to be cut off at 200 ms could finish before the next look (QueryTimeoutTest, once, in a full run).
            neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                    .withConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(50))
                    .build();
        }
        return Map.of(
                "quarkus.neo4j.uri", neo4j.boltURI().toString(),
                "quarkus.neo4j.authentication.disabled", "true");
    }

    @Override
    public synchronized void stop() {
        // Kept for the whole run: the JVM's exit closes it. Stopping here would restart Neo4j per test class.
    }
}
