package org.batterygraph.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;

/**
 * A small synthetic graph (2,000 nodes, ids prefixed {@code test-bulk:}) is shaped like the real one and loads
 * without a single rejected row; it is removed afterwards (see {@link BulkImportFixtureTest} for why).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkImportSyntheticTest {

    private static final int NODES = 2_000;

    private final Driver driver = TestNeo4j.driver();

    private GraphCounts before;
    private Path dir;
    private SyntheticGraph.Result generated;
    private ImportReport report;

    @BeforeAll
    void generateAndImport() throws IOException {
        before = GraphCounts.of(driver);
        dir = Files.createTempDirectory("bulk-synthetic");
        generated = new SyntheticGraph(dir, NODES, 42, "test-bulk:").write();
        report = new BulkImporter(driver, 500, false).run(dir, dir.resolve("rejected.csv"));
    }

    @AfterAll
    void removeSyntheticNodes() {
        GraphCounts.deleteTestNodes(driver);
        assertThat(GraphCounts.of(driver)).as("the database is as the test found it").isEqualTo(before);
    }

    @Test
    void hasTheLabelsAndTypesOfTheRealGraph() {
        assertThat(generated.nodes()).isEqualTo(NODES);
        assertThat(generated.rows().keySet()).contains("nodes-Organization.csv", "nodes-Facility.csv",
                "nodes-Consortium.csv", "nodes-Country.csv", "nodes-Subdivision.csv", "nodes-Material.csv",
                "nodes-Source.csv", "nodes-Claim.csv", "rels-OPERATES.csv", "rels-OWNS.csv", "rels-LOCATED_IN.csv",
                "rels-MEMBER_OF.csv", "rels-PRODUCES.csv", "rels-CONSUMES.csv", "rels-STATED_IN.csv", "rels-ABOUT.csv");
        assertThat(generated.relationships()).as("about five relationships per node").isBetween(4L * NODES, 6L * NODES);
        var labels = driver.executableQuery("""
                MATCH (n:Entity) WHERE n.id STARTS WITH 'test-bulk:'
                RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, count(*) AS n
                """).execute().records();
        var expected = new HashMap<String, Long>();
        generated.rows().forEach((file, rows) -> {
            if (file.startsWith("nodes-")) {
                expected.put(file.substring(6, file.length() - 4), rows);
            }
        });
        var actual = new HashMap<String, Long>();
        labels.forEach(r -> actual.put(r.get("label").asString(), r.get("n").asLong()));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void degreesArePowerLawSkewed() {
        var degrees = driver.executableQuery("""
                MATCH (n:Entity) WHERE n.id STARTS WITH 'test-bulk:'
                WITH COUNT { (n)--() } AS degree
                RETURN max(degree) AS max, percentileDisc(degree, 0.5) AS median
                """).execute().records().get(0);
        long max = degrees.get("max").asLong();
        long median = degrees.get("median").asLong();
        assertThat(median).isPositive();
        assertThat(max).as("max degree %d vs median %d", max, median).isGreaterThan(20 * median);
    }

    @Test
    void importsWithoutRejects() {
        assertThat(report.rejectedRows()).isZero();
        assertThat(report.files()).allSatisfy(f -> assertThat(f.problem()).isNull());
        assertThat(report.total("nodes", FileReport::created)).isEqualTo(NODES);
        assertThat(report.total("relationships", FileReport::created)).isEqualTo(generated.relationships());
    }

    @Test
    void sameSeedSameFiles() throws IOException {
        Path again = Files.createTempDirectory("bulk-synthetic-again");
        new SyntheticGraph(again, NODES, 42, "test-bulk:").write();
        for (String file : generated.rows().keySet()) {
            assertThat(Files.mismatch(dir.resolve(file), again.resolve(file))).as(file).isEqualTo(-1L);
        }
    }
}
