package org.batterygraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.batterygraph.Neo4jTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The schema and seed scripts the application applied at start can be applied again without changing anything. */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class SchemaAndSeedTest {

    @Inject
    Driver driver;

    @ConfigProperty(name = "battery.graph.schema")
    String schemaPath;

    @ConfigProperty(name = "battery.graph.seed-files")
    List<String> seedPaths;

    @Test
    void applyingTheSchemaTwiceLeavesTheSameConstraintsAndIndexes() {
        var before = schema();
        assertThat(before).anyMatch(line -> line.startsWith("entity_id|UNIQUENESS"));
        try (var session = driver.session()) {
            CypherScript.fromClasspath(schemaPath).statements().forEach(s -> session.run(s).consume());
        }
        assertThat(schema()).isEqualTo(before);
    }

    @Test
    void loadingTheSeedAgainLeavesNodeAndRelationshipCountsUnchanged() {
        var before = counts();
        assertThat(before.get(0)).isGreaterThan(0L);
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> seedPaths.stream()
                    .map(CypherScript::fromClasspath)
                    .flatMap(script -> script.statements().stream())
                    .forEach(statement -> tx.run(statement).consume()));
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void everySeedFileInTheFolderIsConfiguredInOrder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("cypher/seed"))) {
            var onDisk = files.map(p -> "cypher/seed/" + p.getFileName()).filter(p -> p.endsWith(".cypher")).sorted().toList();
            assertThat(seedPaths).isEqualTo(onDisk);
        }
    }

    private List<String> schema() {
        return Stream.of("SHOW CONSTRAINTS YIELD name, type RETURN name + '|' + type AS line",
                        "SHOW INDEXES YIELD name, type, state RETURN name + '|' + type + '|' + state AS line")
                .flatMap(query -> driver.executableQuery(query).execute().records().stream())
                .map(r -> r.get("line").asString()).sorted().toList();
    }

    /** Nodes, relationships, and the total length of all claim lists (a re-run must not append duplicates). */
    private List<Long> counts() {
        var record = driver.executableQuery("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships,
                                 sum(size(coalesce(r.claims, []))) AS claims }
                RETURN nodes, relationships, claims
                """).execute().records().get(0);
        return List.of(record.get("nodes").asLong(), record.get("relationships").asLong(), record.get("claims").asLong());
    }
}
