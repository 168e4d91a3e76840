package org.batterygraph.neo4j;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The set-up of the seed-mode tests: the application with {@code battery.graph.seed-mode} set, on a Neo4j of its
 * own ({@link PreparedNeo4j}, not the run's shared one), empty or holding what {@code prepare} creates.
 */
public abstract class SeedModeProfile implements QuarkusTestProfile {

    private final String mode;
    private final String prepare;

    /** {@code prepare}: Cypher run on the fresh database before the application starts; null for none. */
    protected SeedModeProfile(String mode, String prepare) {
        this.mode = mode;
        this.prepare = prepare;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("battery.graph.seed-mode", mode);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(prepare == null ? new TestResourceEntry(PreparedNeo4j.class)
                : new TestResourceEntry(PreparedNeo4j.class, Map.of("prepare", prepare)));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
