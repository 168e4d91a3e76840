package org.batterygraph.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.batterygraph.TestWrites;
import org.batterygraph.Tokens;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.RelationshipType;
import org.batterygraph.neo4j.Cypher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A measurement, not part of the suite (its name is no test's, so surefire runs it only when named): how long Neo4j
 * takes to plan each statement of a write ({@code CYPHER replan=force EXPLAIN}, which plans and runs nothing), and
 * how long a whole upsertFacility takes once planned. With {@code -Dwrite.planning.baseline=FILE} (a Write.java of
 * an earlier commit) it plans that file's one-statement write too. docs/performance.md, "Writes", has the figures
 * and the command.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class WritePlanningMeasurement {

    static final int RUNS = 15;
    static final int WRITES = 30;

    @Inject
    Driver driver;

    @AfterEach
    void removeTestWrites() {
        TestWrites.remove(driver);
    }

    @Test
    void planEveryWriteStatementAndTimeWholeWrites() throws IOException {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("name", "Planned plant");
        properties.put("type", "CellGigafactory");
        properties.put("status", "Announced");
        properties.put("capacity", 10.0);
        properties.put("capacityUnit", "GWh/yr");
        var write = Write.node(NodeKind.Facility, "facility:test-plan", properties)
                .mustExist("input.operatedBy", "org:kore-power", RelationshipType.OPERATES.fromLabels())
                .link("org:kore-power", RelationshipType.OPERATES, "facility:test-plan", Map.of());
        var evidence = new HashMap<String, Object>();
        evidence.put("sourceId", "source:test-plan");
        evidence.put("newSource", Map.of("title", "Planning test", "kind", "News"));
        evidence.put("kind", "Paraphrase");
        evidence.put("paraphrase", "a plant");
        evidence.put("paraphrasedBy", "test-editor");
        evidence.put("assertedOn", java.time.LocalDate.of(2025, 6, 1));
        evidence.put("precision", "Day");
        evidence.put("basis", "Stated");
        evidence.put("confidence", "medium");
        var parameters = new HashMap<>(write.withCompared(write.parameters(evidence, "test-editor"),
                Map.of("name", "claim:x", "status", "claim:y", "capacity", "claim:z")));
        parameters.put("exclusiveClaims", List.of("claim:org:kore-power-OPERATES->facility:test-plan@test-plan"));

        var statements = new ArrayList<>(List.of(Write.CHECK, Write.SOURCE, Write.NODE, Write.VALUE_CLAIMS, Write.VALUE_RULE,
                Write.VALUE_CONFLICTS, Write.LINKS, Write.LINK_CONFLICTS));
        var baseline = System.getProperty("write.planning.baseline");
        if (baseline != null) {
            var text = Files.readString(Path.of(baseline));
            int start = text.indexOf("\"\"\"", text.indexOf("new Cypher.Query(\"contribution.write\"")) + 3;
            statements.add(new Cypher.Query("baseline: one statement", text.substring(start, text.indexOf("\"\"\");", start))));
        }
        long total = 0;
        long totalMin = 0;
        System.out.println("Planning (CYPHER replan=force EXPLAIN), " + RUNS + " runs: minimum and median, client side; "
                + "minimum server side (resultAvailableAfter)");
        for (var statement : statements) {
            var times = new ArrayList<Long>();
            long server = Long.MAX_VALUE;
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                try (var session = driver.session()) {
                    var result = session.run("CYPHER replan=force EXPLAIN " + statement.text(), parameters);
                    var summary = result.consume();
                    assertThat(summary.plan()).as(statement.name()).isNotNull();
                    server = Math.min(server, summary.resultAvailableAfter(java.util.concurrent.TimeUnit.MILLISECONDS));
                }
                times.add((System.nanoTime() - t0) / 1_000);
            }
            var sorted = times.stream().sorted().toList();
            long median = sorted.get(RUNS / 2);
            if (!statement.name().startsWith("baseline")) {
                total += median;
                totalMin += sorted.get(0);
            }
            System.out.printf("  %-28s min %8.1f ms  median %8.1f ms  server min %5d ms%n", statement.name(), sorted.get(0) / 1000.0,
                    median / 1000.0, server);
        }
        System.out.printf("  %-28s min %8.1f ms  median %8.1f ms%n", "sum of the split statements", totalMin / 1000.0, total / 1000.0);

        var editor = Tokens.of("test-editor", "editor");
        var times = new ArrayList<Long>();
        for (int i = 0; i < WRITES; i++) {
            var input = Map.<String, Object>of("id", "facility:test-plan", "name", "Planned plant", "type", "CellGigafactory",
                    "status", "Announced", "capacity", 10.0 + i % 3, "capacityUnit", "GWH_PER_YEAR", "operatedBy", "org:kore-power");
            var evidenceInput = Map.<String, Object>of("sourceId", "source:test-plan-" + (i % 2),
                    "newSource", Map.of("title", "Planning test", "kind", "News"), "kind", "Paraphrase", "paraphrase", "a plant",
                    "assertedOn", "2025-06-01");
            long t0 = System.nanoTime();
            GraphQL.post(editor, ContributionTest.UPSERT_FACILITY, Map.of("input", input, "evidence", evidenceInput))
                    .statusCode(200).body("errors", nullValue());
            times.add((System.nanoTime() - t0) / 1_000);
        }
        var sorted = times.stream().sorted().toList();
        System.out.printf("upsertFacility over HTTP, %d writes (capacity changing, 2 sources): first %.1f ms, median %.1f ms, max %.1f ms%n",
                WRITES, times.get(0) / 1000.0, sorted.get(WRITES / 2) / 1000.0, sorted.get(WRITES - 1) / 1000.0);
    }
}
