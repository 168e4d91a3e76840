package org.batterygraph.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;

/**
 * The bulk import against a real Neo4j holding the seed graph ({@link TestNeo4j}), with a fixture of good and bad
 * rows. Every id of the fixture starts with {@code test-bulk:}: the fixture's nodes are deleted afterwards and the
 * graph is checked to be exactly the seed graph again, because the other test class of this module uses the same
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkImportFixtureTest {

    static final Path FIXTURE = Path.of("src/test/resources/bulk/fixture");

    private final Driver driver = TestNeo4j.driver();

    private GraphCounts before;
    private ImportReport first;
    private ImportReport second;
    private Path rejects;

    @BeforeAll
    void importTwice() throws IOException {
        before = GraphCounts.of(driver);
        rejects = Files.createTempDirectory("bulk-fixture").resolve("rejected.csv");
        // batch size 2: rows of one file land in several transactions, and a refused row shares a batch with good ones
        var importer = new BulkImporter(driver, 2, false);
        first = importer.run(FIXTURE, rejects);
        second = importer.run(FIXTURE, rejects);
    }

    @AfterAll
    void removeFixtureNodes() {
        GraphCounts.deleteTestNodes(driver);
        assertThat(GraphCounts.of(driver)).as("the database is as the test found it").isEqualTo(before);
    }

    @Test
    void goodRowsAreCreatedAndBadRowsRejectedPerFile() {
        assertThat(first.files()).extracting(FileReport::file, FileReport::rowsRead, FileReport::created,
                FileReport::updated, FileReport::rejected).containsExactly(
                        tuple("nodes-Facility.csv", 3L, 1L, 0L, 2L),
                        tuple("nodes-Organization.csv", 6L, 2L, 0L, 4L),
                        tuple("nodes-Widget.csv", 0L, 0L, 0L, 0L),
                        tuple("rels-LOCATED_IN.csv", 2L, 1L, 0L, 1L),
                        tuple("rels-OPERATES.csv", 3L, 1L, 0L, 2L),
                        tuple("rels-OWNS.csv", 2L, 1L, 0L, 1L));
        assertThat(first.files().get(2).problem()).startsWith("unknown label 'Widget'; known: [Claim, Consortium");
        assertThat(first.rejectedRows()).isEqualTo(11);
    }

    @Test
    void everyRejectionHasItsLineAndReason() {
        assertThat(first.firstRejections()).extracting(Rejection::file, Rejection::line, Rejection::reason)
                .containsExactly(
                        tuple("nodes-Facility.csv", 3L, "capacity: 'lots' is not a number"),
                        tuple("nodes-Facility.csv", 4L, "status: 'Planned' is not one of [Announced, UnderConstruction, "
                                + "Operational, Cancelled, Bankrupt, Retired]"),
                        tuple("nodes-Organization.csv", 4L, "id is required"),
                        tuple("nodes-Organization.csv", 5L, "orgType: 'Startup' is not one of [Company, "
                                + "ResearchInstitution, GovernmentAgency, TradeAssociation, Municipality]"),
                        tuple("nodes-Organization.csv", 6L, "founded: '2020-13-01' is not a date (yyyy-MM-dd)"),
                        tuple("nodes-Organization.csv", 7L, "expected 6 cells, found 7"),
                        tuple("nodes-Widget.csv", 1L, "file refused: unknown label 'Widget'; known: " + Vocabulary.labels()),
                        tuple("rels-LOCATED_IN.csv", 3L, "to 'test-bulk:org:alpha' is not Country or Subdivision"),
                        tuple("rels-OPERATES.csv", 3L, "unknown to id 'test-bulk:facility:missing'"),
                        tuple("rels-OPERATES.csv", 4L, "sources is required"),
                        tuple("rels-OWNS.csv", 3L, "share: 1.5 is not between 0 and 1"));
    }

    @Test
    void rejectedCsvHoldsEveryRejectedRow() throws IOException {
        var lines = Files.readAllLines(rejects);
        assertThat(lines.get(0)).isEqualTo("file,line,reason,row");
        // the file of the second run: the same 11 rejections again
        assertThat(lines).hasSize(1 + 11);
        assertThat(lines).contains(
                "rels-OPERATES.csv,3,unknown to id 'test-bulk:facility:missing',"
                        + "\"test-bulk:org:alpha,test-bulk:facility:missing,source:S20\"",
                "nodes-Organization.csv,7,\"expected 6 cells, found 7\","
                        + "\"test-bulk:org:epsilon,Epsilon,Company,2020-01-01,,,extra cell\"");
    }

    @Test
    void loadedValuesHaveTheirTypes() {
        var alpha = driver.executableQuery("""
                MATCH (o:Entity:Organization {id: 'test-bulk:org:alpha'})-[op:OPERATES]->(f:Facility)-[l:LOCATED_IN]->(c:Country)
                MATCH (o)-[own:OWNS]->(beta:Organization)
                RETURN o.founded AS founded, o.aliases AS aliases, o.aliasText AS aliasText, o.sources AS sources,
                       f.capacity AS capacity, f.jobs AS jobs, f.status AS status, op.sources AS opSources,
                       l.sources AS locatedSources, c.id AS country, own.share AS share, beta.name AS beta
                """).execute().records();
        assertThat(alpha).hasSize(1);
        Map<String, Object> row = alpha.get(0).asMap();
        assertThat(row).containsEntry("founded", LocalDate.of(2015, 3, 1))
                .containsEntry("aliases", List.of("Alpha", "AC"))
                .containsEntry("aliasText", " Alpha AC")
                .containsEntry("sources", List.of("source:S20"))
                .containsEntry("capacity", 30.0)
                .containsEntry("jobs", 1200L)
                .containsEntry("status", "Operational")
                .containsEntry("opSources", List.of("source:S20"))
                .containsEntry("locatedSources", List.of("source:S20", "source:S7"))
                .containsEntry("country", "country:US")
                .containsEntry("share", 0.5)
                .containsEntry("beta", "Beta Materials, LLC");
    }

    @Test
    void secondRunCreatesNothing() {
        assertThat(second.files()).extracting(FileReport::file, FileReport::created, FileReport::updated,
                FileReport::rejected).containsExactly(
                        tuple("nodes-Facility.csv", 0L, 1L, 2L),
                        tuple("nodes-Organization.csv", 0L, 2L, 4L),
                        tuple("nodes-Widget.csv", 0L, 0L, 0L),
                        tuple("rels-LOCATED_IN.csv", 0L, 1L, 1L),
                        tuple("rels-OPERATES.csv", 0L, 1L, 2L),
                        tuple("rels-OWNS.csv", 0L, 1L, 1L));
        long testNodes = driver.executableQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'test-bulk:' RETURN count(n) AS n")
                .execute().records().get(0).get("n").asLong();
        assertThat(testNodes).isEqualTo(3);
    }

    @Test
    void progressIsWrittenAsPrometheusMetricsForATextfileCollector() throws IOException {
        var dir = Files.createTempDirectory("bulk-metrics");
        var metrics = dir.resolve("import.prom");
        String uri = TestNeo4j.uri();
        assertThat(BulkImport.run(List.of("--uri", uri, "--user", "", "--no-progress", "--batch", "2", "--rejects",
                dir.resolve("rejected.csv").toString(), "--metrics", metrics.toString(), FIXTURE.toString()))).isZero();
        var text = Files.readString(metrics);
        assertThat(text).contains("# TYPE battery_import_rows_read gauge", "battery_import_done 1",
                "battery_import_rows_expected{file=\"nodes-Organization.csv\"} 6",
                "battery_import_rows_read{file=\"nodes-Organization.csv\"} 6",
                "battery_import_rows_rejected{file=\"nodes-Organization.csv\"} 4",
                "battery_import_rows_read{file=\"rels-OPERATES.csv\"} 3",
                "battery_import_rows_rejected{file=\"rels-OPERATES.csv\"} 2");
        // the organizations already exist (imported before): matched and updated, none created twice
        assertThat(text).contains("battery_import_entities_created{file=\"nodes-Organization.csv\"} 0",
                "battery_import_entities_updated{file=\"nodes-Organization.csv\"} 2");
        assertThat(text).containsPattern("battery_import_last_update_seconds \\d+\\.\\d{3}");
    }

    @Test
    void exitCodes() throws IOException {
        String uri = TestNeo4j.uri();
        Path otherRejects = Files.createTempDirectory("bulk-exit").resolve("rejected.csv");
        assertThat(BulkImport.run(List.of("--uri", uri, "--user", "", "--no-progress", "--rejects", otherRejects.toString(),
                FIXTURE.toString()))).as("rows rejected, everything else loaded").isZero();
        assertThat(BulkImport.run(List.of("--uri", "bolt://127.0.0.1:1", "--no-progress", FIXTURE.toString())))
                .as("database unreachable").isEqualTo(2);
        assertThat(BulkImport.run(List.of("--batch", "0", FIXTURE.toString()))).as("bad argument").isEqualTo(1);
    }
}
