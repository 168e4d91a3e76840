package org.batterygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.batterygraph.neo4j.Cypher;
import org.batterygraph.neo4j.TestCypherWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Runs every query of docs/queries.md with every Cypher statement under PROFILE, and checks them against the table
 * of db hits kept in docs/queries.md (same statements, none more than 10x its documented cost). Relationship and
 * analytics queries must start from an index seek (or the full-text index procedure), never from a scan. Refresh
 * the table after a query or data change: ./mvnw verify -Dtest=QueryProfilesTest -Dqueries.update=true
 */
@QuarkusTest
@TestProfile(QueryProfilesTest.Profiling.class)
class QueryProfilesTest {

    public static class Profiling implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("battery.test.profile-queries", "true");
        }
    }

    private static final Path DOC = Path.of("docs/queries.md");
    private static final String START = "<!-- profiles:start -->";
    private static final String END = "<!-- profiles:end -->";
    private static final Pattern QUERY = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (\\d+) \\|", Pattern.MULTILINE);
    /** Index seeks, the full-text procedure, a seek by element id, and what an enclosing query or subquery hands in. */
    private static final Pattern INDEXED = Pattern.compile("NodeUniqueIndexSeek.*|NodeIndexSeek.*|NodeByElementIdSeek|ProcedureCall|Argument|Unwind|EmptyRow");

    /**
     * Queries that scan: a relationship type (only CONFLICTS_WITH), one label, or (Mineral.productionStats, in some
     * full runs, before GraphInitializer refreshed the statistics after its load) the production_stat_lookup index. The
     * statements that reach statistics from a material match them unlabelled, so that no index of them can be chosen
     * (Mineral.exposure and Mineral.concentrationSeries did scan it in some full runs while labelled).
     */
    /**
     * Pages whose plan may, besides seeking its filter's index, read a claim index in order to avoid sorting a small
     * page: docs/queries.md's `claims(first: 3, filter: {source, evidenceKind})` does so in some full runs, as the
     * statistics left by earlier tests change the planner's estimates. Its db hits are still checked against the
     * table below; that such a plan stays cheap on a large graph is not shown (the 1M bench graph has no claims).
     */
    static final Set<String> ORDERED_PAGE_SCANS = Set.of("Claim.list");

    static final Map<String, Set<String>> KNOWN_SCANS = Map.of(
            "Claim.conflicts", Set.of("DirectedRelationshipTypeScan"),
            "Facility.aggregate", Set.of("NodeByLabelScan"),
            // With the materials' label scan, the planner sometimes (on a loaded machine) also scans the
            // production_stat_lookup index and joins (MineralApi.LIST says why the statement is shaped against it).
            "Mineral.productionStats", Set.of("NodeByLabelScan", "NodeIndexScan"),
            // The country filter is an EXISTS over ENACTED_BY; on a label of a few nodes the planner scans the label.
            "Policy.list", Set.of("NodeByLabelScan"));

    /**
     * What each known scan reads, counted in the graph with a statement of its own: the unit of its cost in the
     * table of docs/queries.md measured at the benchmark's 1M nodes.
     */
    static final Map<String, String> SCANNED = Map.of(
            "Claim.conflicts", "MATCH ()-[c:CONFLICTS_WITH]->() RETURN count(c) AS units",
            "Facility.aggregate", "MATCH (f:Facility) RETURN count(f) AS units",
            "Mineral.productionStats", "MATCH (m:Material) WITH count(m) AS materials MATCH (p:ProductionStat) WITH materials, count(p) AS stats RETURN materials + stats AS units",
            "Policy.list", "MATCH (p:Policy) RETURN count(p) AS units");

    private static final String SCANS_START = "<!-- scans-at-1m:start -->";
    private static final String SCANS_END = "<!-- scans-at-1m:end -->";
    private static final Pattern SCAN_ROW = Pattern.compile("^\\| `([^`]+)` \\| [^|]+ \\| ([\\d,]+) \\| ([\\d,]+) \\|", Pattern.MULTILINE);

    @Inject
    Cypher cypher;

    @Inject
    TestCypherWatch watch;

    @Test
    void documentedQueriesStartFromAnIndexAndTheirDbHitsAreDocumented() throws IOException {
        var doc = Files.readString(DOC);
        Matcher queries = QUERY.matcher(doc);
        while (queries.find()) {
            GraphQL.post(queries.group(1)).statusCode(200);
        }
        var profiles = new TreeMap<>(watch.profiles());
        assertThat(profiles).isNotEmpty();
        // Every query starts from an index, except these, named with the scans each may start from. A new query
        // that scans, or another scan in one of these, fails here. (Their cost at the benchmark's 1M nodes is not
        // measured yet: issue #17 leaves that open; docs/queries.md says so.)
        profiles.forEach((name, profile) -> assertThat(profile.startOperators())
                .as("%s starts from %s: %s", name, profile.startOperators(), profile.startDetails()).allMatch(op -> INDEXED.matcher(op).matches() || KNOWN_SCANS.getOrDefault(name, Set.of()).contains(op)
                        || ORDERED_PAGE_SCANS.contains(name) && op.equals("NodeIndexScan") && profile.startOperators().stream()
                                .anyMatch(other -> other.startsWith("NodeIndexSeek") || other.startsWith("NodeUniqueIndexSeek"))));
        assertThat(profiles.keySet()).as("the known scans are still queries of docs/queries.md").containsAll(KNOWN_SCANS.keySet());

        assertScansCostPerUnitAsAt1M(doc, profiles);

        var table = new StringBuilder(START).append("\n| query | db hits | plan starts from |\n|---|---|---|\n");
        profiles.forEach((name, p) -> table.append("| `%s` | %d | %s |\n".formatted(name, p.dbHits(),
                String.join(", ", p.startOperators()))));
        table.append(END);
        int from = doc.indexOf(START);
        int to = doc.indexOf(END);
        assertThat(from).as("%s holds a %s ... %s section", DOC, START, END).isNotNegative();
        var updated = doc.substring(0, from) + table + doc.substring(to + END.length());
        if (Boolean.getBoolean("queries.update")) {
            Files.writeString(DOC, updated);
            return;
        }
        // Plans depend on Neo4j's statistics (refreshed by GraphInitializer once the load is done; earlier tests'
        // writes move them): the same query can cost a few times more or less from one run to the next. The table is a measurement, the check a ceiling
        // that catches order-of-magnitude regressions (a lost index, an unbounded expansion).
        var documented = new TreeMap<String, Long>();
        Matcher rows = ROW.matcher(doc.substring(from, to));
        while (rows.find()) {
            documented.put(rows.group(1), Long.parseLong(rows.group(2)));
        }
        assertThat(documented.keySet()).as("queries in the db hits table").isEqualTo(profiles.keySet());
        profiles.forEach((name, p) -> assertThat(p.dbHits()).as("db hits of %s", name)
                .isLessThanOrEqualTo(10 * documented.get(name) + 100));
    }

    /**
     * Each filter of `claims` alone, and the claim search: the statement starts from an index (a claim's property
     * index, the unique index of ids, the source's, or the full-text index), never from a scan of the claims;
     * `disputed: true` from the CONFLICTS_WITH relationships (as `conflicts` does), then the claims by id.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "claims(filter: {source: \"source:S13\"})", "claims(filter: {subject: \"facility:koreplex\"})",
            "claims(filter: {object: \"facility:koreplex\"})", "claims(filter: {entity: \"facility:koreplex\"})",
            "claims(filter: {predicate: \"OPERATES\"})", "claims(filter: {property: \"capacity\"})",
            "claims(filter: {status: Superseded})", "claims(filter: {confidence: low})", "claims(filter: {disputed: true})",
            "claims(filter: {evidenceKind: Quote})", "claims(filter: {assertedFrom: \"2025-02-01\", assertedTo: \"2025-02-28\"})",
            "claims(filter: {disputed: false, subject: \"facility:green-li-ion-atoka\"})",
            "claims(filter: {confidence: low}, orderBy: ASSERTED_DESC)" })
    void everyClaimFilterStartsFromAnIndex(String field) {
        GraphQL.post("{ %s { totalCount nodes { id source { id } } } }".formatted(field)).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue());
        var profile = watch.profiles().get("Claim.list");
        assertThat(profile).as("the profile of %s", field).isNotNull();
        var allowed = field.contains("disputed") ? Set.of("UndirectedRelationshipTypeScan") : Set.<String>of();
        assertThat(profile.startOperators()).as("%s starts from %s", field, profile.startOperators())
                .isNotEmpty().allMatch(op -> INDEXED.matcher(op).matches() || allowed.contains(op));
    }

    /**
     * The place, CAPEX and announcement filters of `facilities` and `deposits` start from their own index: the
     * location's point index (point.distance for a centre, point.withinBBox for a box; a planner hint) or the
     * property's range index, and from no other index or label scan.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            facilities(filter: {within: {centre: {latitude: 39.5, longitude: -119.4}, radiusKm: 50}})                           | Facility.list | POINT INDEX n:Facility(location)
            facilities(filter: {within: {centre: {latitude: 39.5, longitude: -119.4}, radiusKm: 50}}, orderBy: DISTANCE)        | Facility.list | POINT INDEX n:Facility(location)
            facilities(filter: {within: {box: {south: 35, west: -120, north: 42, east: -114}}})                                   | Facility.list | POINT INDEX n:Facility(location)
            facilities(filter: {capexFrom: 1000, capexTo: 3000})                                                                 | Facility.list | n:Facility(capexMusd2023)
            facilities(filter: {announcedFrom: "2024-01-01", announcedTo: "2024-12-31"})                                         | Facility.list | n:Facility(announced)
            deposits(filter: {within: {centre: {latitude: 41.7, longitude: -118.0}, radiusKm: 50}}, orderBy: DISTANCE)          | Deposit.list  | POINT INDEX n:Deposit(location)
            deposits(filter: {within: {box: {south: 35, west: -120, north: 42, east: -114}}})                                   | Deposit.list  | POINT INDEX n:Deposit(location)
            """)
    void everyPlaceAndDatasetValueFilterStartsFromItsIndex(String field, String statement, String index) {
        GraphQL.post("{ %s { totalCount nodes { id name location { latitude longitude } } } }".formatted(field)).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue());
        var profile = watch.profiles().get(statement);
        assertThat(profile).as("the profile of %s", field).isNotNull();
        // A seek, or (on the seed graph, whose facilities have no location or CAPEX, so that the index is empty and
        // a scan of it costs what a seek does) a scan of that index: never of the label or of another index.
        assertThat(profile.startOperators()).as("%s starts from %s: %s", field, profile.startOperators(), profile.startDetails())
                .isNotEmpty().allMatch(op -> INDEXED.matcher(op).matches() || op.equals("NodeIndexScan"));
        assertThat(profile.startDetails()).as("%s starts from %s", field, profile.startDetails())
                .anyMatch(details -> details.contains(index));
        assertThat(profile.startDetails()).as("%s starts from no other index than %s", field, index)
                .allMatch(details -> !details.matches("(?s).*\\bn:\\w+\\(.*") || details.contains(index));
    }

    @Test
    void claimSearchStartsFromTheFullTextIndex() {
        GraphQL.post("{ claimSearch(text: \"flagship Atoka\") { claim { id } } }").statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue());
        assertThat(watch.profiles().get("Claim.search").startOperators()).contains("ProcedureCall")
                .allMatch(op -> INDEXED.matcher(op).matches());
    }

    /**
     * A known scan costs at most 20x, per unit it reads (facilities, conflicts, ...), what it cost per unit at the
     * benchmark's 1M nodes (docs/queries.md, "Scans at 1M nodes"), plus 1,000 db hits for the answer's own rows (the
     * same at any size: the documented queries return the same rows there). A statement that becomes super-linear in
     * what it scans (a product, a scan per row) fails here on the seed graph.
     */
    void assertScansCostPerUnitAsAt1M(String doc, Map<String, TestCypherWatch.Profile> profiles) {
        int from = doc.indexOf(SCANS_START);
        int to = doc.indexOf(SCANS_END);
        assertThat(from).as("%s holds a %s ... %s section", DOC, SCANS_START, SCANS_END).isNotNegative();
        var measured = new TreeMap<String, double[]>();
        Matcher rows = SCAN_ROW.matcher(doc.substring(from, to));
        while (rows.find()) {
            measured.put(rows.group(1), new double[] {Double.parseDouble(rows.group(2).replace(",", "")),
                    Double.parseDouble(rows.group(3).replace(",", ""))});
        }
        assertThat(measured.keySet()).as("the known scans measured at 1M nodes").isEqualTo(KNOWN_SCANS.keySet());
        assertThat(SCANNED.keySet()).isEqualTo(KNOWN_SCANS.keySet());
        measured.forEach((name, at1M) -> {
            long units = cypher.read(new Cypher.Query("test.scanned", SCANNED.get(name)), Map.of()).get(0).get("units").asLong();
            assertThat(units).as("what %s scans, in the test graph", name).isPositive();
            double perUnit = at1M[1] / at1M[0];
            assertThat((double) profiles.get(name).dbHits()).as("db hits of %s over %d units (%.2f per unit at 1M)", name, units, perUnit)
                    .isLessThanOrEqualTo(20 * perUnit * units + 1000);
        });
    }
}
