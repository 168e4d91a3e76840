package org.batterygraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.batterygraph.neo4j.CypherScript;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The open-dataset import of the vendored files (../data/external) into a real Neo4j 5.26 of its own holding the
 * curated graph (schema and seed, as the first start has them), twice: the values of known rows are found with
 * their row reference, the mismatched USGS file is refused, a rerun changes no count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatasetImportTest {

    static final Path EXTERNAL = Path.of("../data/external");

    private Neo4j neo4j;
    private Driver driver;
    private DatasetImport.Result first;
    private DatasetImport.Result second;
    private Map<String, Long> afterFirst;
    private Map<String, Long> afterSecond;

    @BeforeAll
    void importTwice() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
        load("cypher/schema.cypher");
        try (var seed = Files.list(Path.of("../cypher/seed"))) {
            seed.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".cypher")).sorted()
                    .forEach(f -> load("cypher/seed/" + f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var datasets = new DatasetImport(driver, SessionConfig.defaultConfig(), ImportListener.NONE);
        first = datasets.run(DatasetImport.Inputs.directory(EXTERNAL));
        afterFirst = counts();
        second = datasets.run(DatasetImport.Inputs.directory(EXTERNAL));
        afterSecond = counts();
        // both runs' reports and rejections, to read when a test below fails
        try {
            Files.createDirectories(Path.of("target/dataset-import"));
            Files.writeString(Path.of("target/dataset-import/first-report.md"), first.report().markdown());
            Files.writeString(Path.of("target/dataset-import/second-report.md"), second.report().markdown());
            Files.writeString(Path.of("target/dataset-import/timings.txt"), "first run %d ms, rerun %d ms%n"
                    .formatted(first.took().toMillis(), second.took().toMillis())
                    + "first run created %d nodes and %d relationships%n".formatted(
                            first.files().stream().mapToLong(FileOutcome::nodesCreated).sum(),
                            first.files().stream().mapToLong(FileOutcome::relationshipsCreated).sum()));
            Files.writeString(Path.of("target/dataset-import/rejected.txt"), String.join("\n",
                    first.files().stream().flatMap(f -> f.rejected().stream()).map(RowProblem::toString).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    void stop() {
        driver.close();
        neo4j.close();
    }

    private void load(String path) {
        for (var statement : CypherScript.fromClasspath(path).statements()) {
            driver.executableQuery(statement).execute();
        }
    }

    /** Nodes per label, relationships per type, and the claims per dataset source. */
    private Map<String, Long> counts() {
        var counts = new java.util.TreeMap<String, Long>();
        driver.executableQuery("""
                MATCH (n:Entity) RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS name, count(*) AS n
                UNION ALL
                MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS n
                UNION ALL
                MATCH (s:Source)<-[:STATED_IN]-(c) WHERE s.release IS NOT NULL RETURN s.id AS name, count(c) AS n
                """).execute().records().forEach(r -> counts.put(r.get("name").asString(), r.get("n").asLong()));
        return counts;
    }

    private List<Record> query(String cypher, Object... keysAndValues) {
        var parameters = new java.util.HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return driver.executableQuery(cypher).withParameters(parameters).execute().records();
    }

    private Record stat(String id) {
        var rows = query("""
                MATCH (p:ProductionStat {id: $id})
                OPTIONAL MATCH (c:Claim)-[:ABOUT]->(p)
                RETURN p.value AS value, p.qualifier AS qualifier, p.bound AS bound, p.reported AS reported,
                       p.edition AS edition, p.unit AS unit, c.recordKey AS key, c.evidenceKind AS kind,
                       c.recordRelease AS release, COLLECT { MATCH (p)-[:STATED_IN]->(s) RETURN s.id }[0] AS source
                """, "id", id);
        assertThat(rows).as(id).hasSize(1);
        return rows.get(0);
    }

    @Test
    @Order(1)
    void theFileThatIsNotWhatItsNameSaysIsRefusedWithTheExpectedColumnsAndNothingOfItIsLoaded() {
        assertThat(first.refused()).extracting(FileOutcome::file).containsExactly("mcs2024-cobal_salient.csv");
        assertThat(first.refused().get(0).refusal()).isEqualTo("mcs2024-cobal_salient.csv is not a salient-statistics "
                + "table: expected the columns DataSource, Commodity, Year, then statistics columns (USprod_*, Imports_*, "
                + "Exports_*, Consump_*, Price_*, Employment_num, Stocks_*, Shipments_*, NIR_pct); found Source, Country, "
                + "Type, Prod_t_est_2021, Prod_t_est_2022, Prod_notes, Reserves_t, Reserves_notes");
        // its rows would be 2021/2022 cobalt figures of the MCS 2024 edition with a salient series; none exists
        assertThat(query("""
                MATCH (p:ProductionStat {edition: 'MCS 2024'})-[:OF_MATERIAL]->(:Material {id: 'material:cobalt'})
                WHERE p.series IS NOT NULL OR p.year < 2022 RETURN p.id""")).isEmpty();
        assertThat(query("MATCH (c:Claim) WHERE c.recordKey STARTS WITH 'mcs2024-cobal_salient.csv' RETURN c.id")).isEmpty();
        // the one bad row of the vendored files: a negative investment and jobs count in the Post-IRA table
        assertThat(first.files().stream().flatMap(f -> f.rejected().stream()).map(RowProblem::toString))
                .as("rows rejected in the vendored files")
                .containsExactly("post-ira-ev-supply-chain-investments.csv:211  reported_investment: '-157' is negative");
    }

    @Test
    @Order(2)
    void aRevisedFigureKeepsBothEditionsEachWithItsRow() {
        var mcs2023 = stat("stat:lithium-mineproduction-2022-AU-mcs2023");
        assertThat(mcs2023.get("value").asDouble()).isEqualTo(61000.0);
        assertThat(mcs2023.get("unit").asString()).isEqualTo("t Li");
        assertThat(mcs2023.get("key").asString()).isEqualTo("mcs2023-lithi_world.csv line 4, Prod_t_est_2022");
        assertThat(mcs2023.get("kind").asString()).isEqualTo("Record");
        assertThat(mcs2023.get("source").asString()).isEqualTo("source:usgs-mcs-2023");
        var mcs2024 = stat("stat:lithium-mineproduction-2022-AU-mcs2024");
        assertThat(mcs2024.get("value").asDouble()).isEqualTo(74700.0);
        assertThat(mcs2024.get("key").asString()).isEqualTo("mcs2024-lithi_world.csv line 4, Prod_t_2022");
        // the US salient lithium price of 2022, revised from 37,000 to 68,100 $/t
        assertThat(stat("stat:lithium-price-2022-US-mcs2023-price_dt").get("value").asDouble()).isEqualTo(37000.0);
        assertThat(stat("stat:lithium-price-2022-US-mcs2024-price_dt").get("value").asDouble()).isEqualTo(68100.0);
        // a number printed with a thousands separator: MCS 2023, Brazil, 2021, "1,700"
        var brazil = stat("stat:lithium-mineproduction-2021-BR-mcs2023");
        assertThat(brazil.get("value").asDouble()).isEqualTo(1700.0);
        assertThat(brazil.get("reported").asString()).isEqualTo("1,700");
    }

    @Test
    @Order(3)
    void withheldNotAvailableAndBoundedValuesAreNeverNumbers() {
        var withheld = stat("stat:lithium-mineproduction-2022-US-mcs2024");
        assertThat(withheld.get("value").isNull()).isTrue();
        assertThat(withheld.get("qualifier").asString()).isEqualTo("Withheld");
        assertThat(withheld.get("reported").asString()).isEqualTo("W");
        var bound = stat("stat:lithium-netimportreliance-2022-US-mcs2023-nir_pct");
        assertThat(bound.get("value").isNull()).isTrue();
        assertThat(bound.get("qualifier").asString()).isEqualTo("LowerBound");
        assertThat(bound.get("bound").asDouble()).isEqualTo(25.0);
        assertThat(bound.get("key").asString()).isEqualTo("mcs2023-lithi_salient.csv line 6, column 10 NIR_pct");
        var notAvailable = stat("stat:cobalt-reserves-2023-NC-mcs2024");
        assertThat(notAvailable.get("qualifier").asString()).isEqualTo("NotAvailable");
        assertThat(query("""
                MATCH (p:ProductionStat) WHERE p.reported IN ['W', 'NA'] OR p.reported STARTS WITH '>'
                  OR p.reported STARTS WITH '<' OR p.reported STARTS WITH 'Included'
                RETURN count(p) AS qualified, count(p.value) AS withNumbers""").get(0).get("withNumbers").asLong()).isZero();
        assertThat(query("MATCH (p:ProductionStat) WHERE p.qualifier IS NOT NULL RETURN count(p) AS n").get(0)
                .get("n").asLong()).isGreaterThan(50);
    }

    @Test
    @Order(4)
    void fourEditionsCoverEveryYearFrom2020To2025ForTheFiveMinerals() {
        var rows = query("""
                MATCH (p:ProductionStat {metric: 'MineProduction'})-[:OF_MATERIAL]->(m:Material)
                WHERE m.id IN ['material:lithium', 'material:cobalt', 'material:nickel', 'material:graphite', 'material:manganese']
                  AND p.edition STARTS WITH 'MCS'
                RETURN m.id AS material, collect(DISTINCT p.year) AS years, collect(DISTINCT p.edition) AS editions""");
        assertThat(rows).hasSize(5);
        for (var row : rows) {
            assertThat(row.get("years").asList(v -> v.asInt())).as(row.get("material").asString())
                    .contains(2020, 2021, 2022, 2023, 2024, 2025);
            assertThat(row.get("editions").asList(v -> v.asString())).as(row.get("material").asString())
                    .contains("MCS 2022", "MCS 2023", "MCS 2024", "MCS 2026");
        }
    }

    @Test
    @Order(5)
    void depositsCarryTheirRowValuesCountryAndCoordinates() {
        assertThat(query("MATCH (d:Deposit) RETURN count(d) AS n").get(0).get("n").asLong()).isEqualTo(160);
        var thacker = query("""
                MATCH (d:Deposit {id: 'deposit:busch-9'})-[r:LOCATED_IN]->(c:Country)
                RETURN d.name AS name, d.resourceType AS type, d.status AS status, d.reservesKtLi AS reserves,
                       d.productionRate2030 AS rate2030, d.location.latitude AS latitude, d.location.longitude AS longitude,
                       c.id AS country, r.sources AS sources,
                       COLLECT { MATCH (k:Claim)-[:ABOUT]->(d) WHERE k.property = 'reservesKtLi' RETURN k.recordKey }[0] AS key""")
                .get(0);
        assertThat(thacker.get("name").asString()).isEqualTo("Thacker Pass");
        assertThat(thacker.get("type").asString()).isEqualTo("VolcanoSedimentary");
        assertThat(thacker.get("status").asString()).isEqualTo("Construction");
        assertThat(thacker.get("reserves").asDouble()).isEqualTo(695.127233351381);
        assertThat(thacker.get("rate2030").asDouble()).isEqualTo(14.2776629720083);
        assertThat(thacker.get("latitude").asDouble()).isEqualTo(41.713456);
        assertThat(thacker.get("longitude").asDouble()).isEqualTo(-118.074509);
        assertThat(thacker.get("country").asString()).isEqualTo("country:US");
        assertThat(thacker.get("key").asString()).isEqualTo("Deposit.csv d=9 (line 10)");
        // "No info" is no status, not a value
        assertThat(query("MATCH (d:Deposit {id: 'deposit:busch-3'}) RETURN d.status AS s").get(0).get("s").isNull()).isTrue();
    }

    @Test
    @Order(6)
    void cimRowsBecomeFacilitiesWithTheirOperatorsStateCapexDateAndCoordinates() {
        var cim = "source:cim-2024-q4-20250218-0";
        assertThat(query("MATCH (f:Facility) WHERE $s IN f.sources RETURN count(f) AS n", "s", cim).get(0)
                .get("n").asLong()).isGreaterThanOrEqualTo(250);
        var six = query("""
                MATCH (o:Organization)-[:OPERATES]->(f:Facility {id: 'facility:cim-m-b-6k-tn-0'})-[:LOCATED_IN]->(s:Subdivision)
                RETURN f.type AS type, f.status AS status, f.capexMusd2023 AS capex, f.announced AS announced,
                       f.announcedPrecision AS precision, f.city AS city, f.location.latitude AS latitude,
                       o.name AS operator, s.id AS state, s.name AS stateName""").get(0);
        assertThat(six.get("type").asString()).isEqualTo("ElectrodeMaterials");
        assertThat(six.get("status").asString()).isEqualTo("UnderConstruction");
        assertThat(six.get("capex").asDouble()).isEqualTo(200.295468);
        assertThat(six.get("announced").asLocalDate()).hasToString("2023-04-18");
        assertThat(six.get("precision").asString()).isEqualTo("Day");
        assertThat(six.get("city").asString()).isEqualTo("Jackson");
        assertThat(six.get("latitude").asDouble()).isEqualTo(35.606);
        assertThat(six.get("operator").asString()).isEqualTo("6K Energy");
        assertThat(six.get("state").asString()).isEqualTo("subdivision:US-TN");
        assertThat(six.get("stateName").asString()).isEqualTo("Tennessee");
        // several companies in one cell are several operators
        assertThat(query("MATCH (o:Organization)-[r:OPERATES]->(:Facility {id: 'facility:cim-m-b-cummins-ms-0'}) WHERE $s IN r.sources RETURN o.name AS n", "s", cim)
                .stream().map(r -> r.get("n").asString()).toList()).containsExactlyInAnyOrder("Cummins", "Daimler", "PACCAR");
        // no location where LatLon_Valid is False (M.B.Freyr_GA_0 matched Giga America, which keeps none)
        assertThat(query("MATCH (f:Facility {id: 'facility:giga-america'}) RETURN f.location AS l").get(0).get("l").isNull()).isTrue();
    }

    @Test
    @Order(7)
    void theCuratedPlantsTheDatasetListsAreSingleNodesWithCuratedAndDatasetClaims() {
        var expected = Map.of("facility:ultium-warren", "M.B.Ultium_OH_0", "facility:koreplex", "M.B.Kore_AZ_0",
                "facility:giga-america", "M.B.Freyr_GA_0", "facility:thacker-pass", "M.CM.LithiumAmericas_NV_0",
                "facility:abtc-lioh-refinery", "M.CM.ABTCM_NV_0");
        for (var entry : expected.entrySet()) {
            var row = query("""
                    MATCH (f:Facility {id: $id})
                    RETURN COLLECT { MATCH (c:Claim)-[:ABOUT]->(f) WHERE c.evidenceKind = 'Record' AND c.recordDataset = 'Clean Investment Monitor' RETURN DISTINCT c.recordKey } AS records,
                           COLLECT { MATCH (c:Claim)-[:ABOUT]->(f) WHERE c.evidenceKind <> 'Record' RETURN c.id } AS curated,
                           COLLECT { MATCH (o)-[r:OPERATES]->(f) UNWIND r.claims AS claim RETURN claim } AS operatorClaims,
                           COLLECT { MATCH (g:Facility) WHERE g.id STARTS WITH 'facility:cim-' AND (g)-[:POSSIBLY_SAME_AS]->(f) RETURN g.id } AS possible
                    """, "id", entry.getKey());
            assertThat(row).as(entry.getKey()).hasSize(1);
            var records = row.get(0).get("records").asList(v -> v.asString());
            assertThat(records).as(entry.getKey() + " dataset claims").isNotEmpty()
                    .allMatch(k -> k.contains("unique_id=" + entry.getValue() + " "));
            assertThat(row.get(0).get("operatorClaims").asList(v -> v.asString())).as(entry.getKey() + " operator claims")
                    .anyMatch(c -> c.endsWith("@cim-2024-q4-20250218-0")).anyMatch(c -> !c.contains("@cim-"));
        }
        // the curated value stays: Ultium Cells Warren keeps its name; its CAPEX comes from the row, as a claim
        var warren = query("""
                MATCH (f:Facility {id: 'facility:ultium-warren'})
                RETURN f.name AS name, f.capexMusd2023 AS capex,
                       COLLECT { MATCH (c:Claim {property: 'capexMusd2023'})-[:ABOUT]->(f) RETURN c.value }[0] AS claimed""").get(0);
        assertThat(warren.get("name").asString()).isEqualTo("Ultium Cells Warren");
        assertThat(warren.get("capex").asDouble()).isEqualTo(2562.275143);
        assertThat(warren.get("claimed").asString()).isEqualTo("2562.275143");
        assertThat(query("MATCH (f:Facility) WHERE f.id STARTS WITH 'facility:cim-' AND f.name = 'Ultium Cells Warren' RETURN f"))
                .isEmpty();
    }

    @Test
    @Order(8)
    void belowTheThresholdARowStaysItsOwnNodeLinkedWithScoreAndMethodAndTheReportListsIt() {
        var link = query("""
                MATCH (f:Facility {id: 'facility:cim-m-cm-stardust-ok-0'})-[p:POSSIBLY_SAME_AS]->(c:Facility)
                RETURN c.id AS candidate, p.score AS score, p.method AS method""");
        assertThat(link).hasSize(1);
        assertThat(link.get(0).get("candidate").asString()).isEqualTo("facility:stardust-muskogee");
        assertThat(link.get(0).get("score").asDouble()).isBetween(0.5, 0.8);
        assertThat(link.get(0).get("method").asString()).contains("operator name overlap").contains("place Muskogee");
        var report = first.report();
        assertThat(report.count(ResolutionReport.Outcome.MATCHED)).isPositive();
        var ambiguous = report.entries().stream().filter(e -> e.outcome() == ResolutionReport.Outcome.AMBIGUOUS).toList();
        assertThat(ambiguous).isNotEmpty().allMatch(e -> !e.candidates().isEmpty());
        var markdown = report.markdown();
        for (var e : ambiguous) {
            assertThat(markdown).contains(e.record()).contains(e.candidates().get(0).id());
        }
        assertThat(second.report().markdown()).as("the rerun resolves every row the same way").isEqualTo(markdown);
    }

    @Test
    @Order(8)
    void aRerunChangesNoCount() {
        assertThat(afterSecond).isEqualTo(afterFirst);
        assertThat(second.files().stream().mapToLong(FileOutcome::nodesCreated).sum()).isZero();
        assertThat(second.files().stream().mapToLong(FileOutcome::relationshipsCreated).sum()).isZero();
    }

    /** docs/data.md, "Imported datasets": its table of nodes and claims per dataset release is this import's. */
    @Test
    @Order(9)
    void theDataDocCountsPerDatasetAreTheDatabases() throws IOException {
        var doc = Files.readString(Path.of("../docs/data.md"));
        var section = doc.substring(doc.indexOf("## Imported datasets"));
        var documented = new java.util.TreeMap<String, List<Long>>();
        for (var line : section.lines().toList()) {
            var m = java.util.regex.Pattern.compile("^\\| `(source:[^`]+)` \\|(.*)\\|$").matcher(line);
            if (m.matches()) {
                var cells = java.util.Arrays.stream(m.group(2).split("\\|")).map(String::strip).toList();
                documented.put(m.group(1), cells.subList(cells.size() - 5, cells.size()).stream()
                        .map(c -> Long.parseLong(c.replace(",", ""))).toList());
            }
        }
        var actual = new java.util.TreeMap<String, List<Long>>();
        query("""
                MATCH (s:Source) WHERE s.kind = 'Dataset' AND s.release IS NOT NULL
                RETURN s.id AS id,
                  COUNT { MATCH (p) WHERE (p:ProductionStat OR p:InvestmentStat) AND s.id IN p.sources } AS statistics,
                  COUNT { MATCH (f:Facility) WHERE s.id IN f.sources } AS facilities,
                  COUNT { MATCH (d:Deposit) WHERE s.id IN d.sources } AS deposits,
                  COUNT { MATCH (o:Organization) WHERE s.id IN o.sources } AS organizations,
                  COUNT { MATCH (c:Claim)-[:STATED_IN]->(s) } AS claims""").forEach(r -> actual.put(r.get("id").asString(),
                List.of(r.get("statistics").asLong(), r.get("facilities").asLong(), r.get("deposits").asLong(),
                        r.get("organizations").asLong(), r.get("claims").asLong())));
        assertThat(documented).as("docs/data.md, Imported datasets (statistics, facilities, deposits, organizations, claims)")
                .isEqualTo(actual);
    }

    /** docs/resolution-report.md is the report this import writes (target/dataset-import/first-report.md after a run). */
    @Test
    @Order(10)
    void theCommittedResolutionReportIsTheImports() throws IOException {
        assertThat(Files.readString(Path.of("../docs/resolution-report.md"))).isEqualTo(first.report().markdown());
    }

    @Test
    @Order(11)
    void aBadRowIsRejectedWithItsFileLineAndReasonAndAWrongHeaderRefusesTheFile(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        var world = dir.resolve("mcs2099-lithi_world.csv");
        Files.writeString(world, """
                Source,Country,Type,Prod_t_2097,Prod_t_est_2098,Prod_notes,Reserves_t,Reserves_notes
                MCS2099,Chile,"Mine production, lithium content",100,lots,,5,
                MCS2099,Atlantis,"Mine production, lithium content",1,2,,3,
                MCS2098,Chile,"Mine production, lithium content",1,2,,3,
                """);
        var deposits = dir.resolve("Deposit.csv");
        Files.writeString(deposits, "d,Country,Deposit_Name\n1,Chile,Nowhere\n");
        var cim = dir.resolve("facilities.csv");
        Files.writeString(cim, "\"a title\"\n\nid,Company\nx,y\n");
        var before = counts();
        var result = new DatasetImport(driver, SessionConfig.defaultConfig(), ImportListener.NONE).run(new DatasetImport.Inputs(
                List.of(DatasetFile.of(world)), List.of(DatasetFile.of(deposits)), List.of(DatasetFile.of(cim)), List.of(), List.of()));
        assertThat(result.files().get(0).rejected()).extracting(RowProblem::line, RowProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "Prod_t_est_2098: 'lots' is not a number, W, NA, a bound (>50) or 'Included in World total.'"),
                org.assertj.core.groups.Tuple.tuple(3L, "unknown country 'Atlantis'"),
                org.assertj.core.groups.Tuple.tuple(4L, "Source 'MCS2098' is not this file's edition MCS2099"));
        assertThat(result.files().get(0).loaded()).isZero();
        assertThat(result.files().get(1).refusal()).startsWith("Deposit.csv is not a lithium deposits table: expected the columns d, Country, Deposit_Name, Resource_Type")
                .endsWith("found d, Country, Deposit_Name (missing Resource_Type, Latitude, Longitude, Status, reserve, "
                        + "resource_demostrated, resource_inferred, all_resource, prod_rate2022, prod_rate2023, prod_rate2025, "
                        + "prod_rate2030, Resource_Type_orig)");
        assertThat(result.files().get(2).refusal()).startsWith("facilities.csv is not a Clean Investment Monitor facility table");
        assertThat(counts()).as("nothing written: no row of the files was valid").isEqualTo(before);
    }
    static final String POST_IRA = "post-ira-ev-supply-chain-investments.csv line ";

    /** A facility's Post-IRA value claims: property to value, each of the given row. */
    private Map<String, String> postIraValues(String facility, int line) {
        var values = new java.util.TreeMap<String, String>();
        query("""
                MATCH (c:Claim {evidenceKind: 'Record'})-[:ABOUT]->(:Facility {id: $id})
                WHERE c.recordDataset = 'Post-IRA EV supply-chain investments' AND c.predicate = 'HAS_VALUE'
                RETURN c.property AS property, c.value AS value, c.recordKey AS key, c.recordRelease AS release,
                       COLLECT { MATCH (c)-[:STATED_IN]->(s:Source) RETURN s.id }[0] AS source""", "id", facility)
                .forEach(r -> {
                    assertThat(r.get("key").asString()).isEqualTo(POST_IRA + line);
                    assertThat(r.get("release").asString()).isEqualTo("commit 3a331aa (2024-09-27)");
                    assertThat(r.get("source").asString()).isEqualTo("source:post-ira-investments");
                    values.put(r.get("property").asString(), r.get("value").asString());
                });
        return values;
    }

    @Test
    @Order(12)
    void aPostIraRowMatchedToTheCimPlantIsClaimsOnItCitingTheDatasetAndTheRowsWebPage() {
        // line 2: 6K Energy, Batteries: Components, 178 $M, 460 jobs, Jackson, Tennessee, 35.6/-88.9, Post-IRA
        assertThat(postIraValues("facility:cim-m-b-6k-tn-0", 2)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "product", "Batteries: Components", "investmentUsd", "178000000", "investmentBand", "100M - 1B",
                "jobs", "460", "jobsBand", "100 - 1000", "iraTimeline", "Post-Inflation Reduction Act", "city", "Jackson",
                "location", "35.6, -88.9 (rounded to 0.1°)"));
        var node = query("""
                MATCH (f:Facility {id: 'facility:cim-m-b-6k-tn-0'})
                RETURN f.product AS product, f.investmentUsd AS investment, f.capexMusd2023 AS capex,
                       f.location.latitude AS latitude""").get(0);
        assertThat(node.get("product").isNull()).as("a matched node's properties stay its own").isTrue();
        assertThat(node.get("investment").isNull()).isTrue();
        assertThat(node.get("capex").asDouble()).isEqualTo(200.295468);
        assertThat(node.get("latitude").asDouble()).isEqualTo(35.606);
        var cited = query("""
                MATCH (c:Claim)-[:ABOUT]->(:Facility {id: 'facility:cim-m-b-6k-tn-0'})
                WHERE c.recordKey = $key
                MATCH (c)-[:CITES]->(w:Source)
                RETURN DISTINCT w.url AS url, w.kind AS kind, w.publisher AS publisher, count(c) AS claims""", "key", POST_IRA + 2);
        assertThat(cited).hasSize(1);
        assertThat(cited.get(0).get("url").asString()).isEqualTo("https://www.6kinc.com/6k-energy-production-facilities/");
        assertThat(cited.get(0).get("kind").asString()).isEqualTo("Web");
        assertThat(cited.get(0).get("publisher").isNull()).as("no publisher invented").isTrue();
        // every claim of the row cites it: 8 values, LOCATED_IN Tennessee (its claim is about the facility) and the operator's
        assertThat(cited.get(0).get("claims").asLong()).isEqualTo(9);
        assertThat(query("MATCH (c:Claim {recordKey: $key})-[:CITES]->(:Source) RETURN count(DISTINCT c) AS n", "key", POST_IRA + 2)
                .get(0).get("n").asLong()).isEqualTo(10);
    }

    @Test
    @Order(13)
    void aPostIraRowOfItsOwnHasItsPlaceRoundedCoordinatesAndCompany() {
        // line 309: Ultium CAM JV (GM, POSCO), 1000 $M, jobs unreported, Becancour, Quebec, Canada, 46.4/-72.4
        var rows = query("""
                MATCH (o:Organization)-[:OPERATES]->(f:Facility {id: 'facility:post-ira-ultium-cam-jv-becancour-f463f581'})
                      -[:LOCATED_IN]->(q:Subdivision)-[:PART_OF]->(c:Country)
                RETURN f.name AS name, f.investmentUsd AS investment, f.jobs AS jobs, f.jobsBand AS jobsBand,
                       f.iraTimeline AS timeline, f.product AS product, f.type AS type, f.location.latitude AS latitude,
                       f.location.longitude AS longitude, f.locationRoundedDeg AS rounded, f.sources AS sources,
                       q.id AS province, q.name AS provinceName, q.kind AS kind, c.id AS country, o.id AS operator, o.aliases AS aliases""");
        assertThat(rows).hasSize(1);
        var row = rows.get(0);
        assertThat(row.get("name").asString()).isEqualTo("Ultium CAM JV (Materials Processing, Components), Becancour, Quebec");
        assertThat(row.get("investment").asLong()).isEqualTo(1_000_000_000L);
        assertThat(row.get("jobs").isNull()).isTrue();
        assertThat(row.get("jobsBand").asString()).isEqualTo("Unreported");
        assertThat(row.get("timeline").asString()).isEqualTo("Post-Inflation Reduction Act");
        assertThat(row.get("product").asString()).isEqualTo("Batteries: Materials Processing; Batteries: Components");
        assertThat(row.get("type").isNull()).as("two products name no one facility type").isTrue();
        assertThat(row.get("latitude").asDouble()).isEqualTo(46.4);
        assertThat(row.get("longitude").asDouble()).isEqualTo(-72.4);
        assertThat(row.get("rounded").asDouble()).isEqualTo(0.1);
        assertThat(row.get("sources").asList(v -> v.asString())).containsExactly("source:post-ira-investments");
        assertThat(row.get("province").asString()).isEqualTo("subdivision:CA-QC");
        assertThat(row.get("provinceName").asString()).isEqualTo("Quebec");
        assertThat(row.get("kind").asString()).isEqualTo("Province");
        assertThat(row.get("country").asString()).isEqualTo("country:CA");
        assertThat(row.get("operator").asString()).isEqualTo("org:ultium-cam-jv");
        assertThat(row.get("aliases").asList(v -> v.asString())).containsExactly("Ultium CAM JV (GM, POSCO)");
        // line 10: Addionics, state TBD, 0,0: no coordinates, located in the country only
        var addionics = query("""
                MATCH (o:Organization {name: 'Addionics'})-[:OPERATES]->(f:Facility)-[:LOCATED_IN]->(p)
                WHERE 'source:post-ira-investments' IN f.sources
                RETURN f.location AS location, f.investmentUsd AS investment, p.id AS place""");
        assertThat(addionics).hasSize(1);
        assertThat(addionics.get(0).get("location").isNull()).isTrue();
        assertThat(addionics.get(0).get("investment").asLong()).isEqualTo(120_000_000L);
        assertThat(addionics.get(0).get("place").asString()).isEqualTo("country:US");
    }

    @Test
    @Order(14)
    void severalCompaniesInOneCellAreSeveralOperatorsAndAnExactDuplicateRowIsLoadedOnce() {
        // line 7: "Accelera, Daimler, PACCAR, EVE", Byhalia, Mississippi: the CIM's Cummins, Daimler, PACCAR plant
        assertThat(query("""
                MATCH (o:Organization)-[r:OPERATES]->(:Facility {id: 'facility:cim-m-b-cummins-ms-0'})
                WHERE 'source:post-ira-investments' IN r.sources RETURN o.name AS n""")
                .stream().map(r -> r.get("n").asString()).toList()).containsExactlyInAnyOrder("Accelera", "Daimler", "PACCAR", "EVE");
        assertThat(postIraValues("facility:cim-m-b-cummins-ms-0", 7)).containsEntry("investmentUsd", "1900000000")
                .containsEntry("jobs", "2000");
        // line 53 repeats line 52 (BlueOval SK, Glendale, Kentucky) cell for cell
        var duplicate = first.report().entries().stream().filter(e -> e.outcome() == ResolutionReport.Outcome.DUPLICATE).toList();
        assertThat(duplicate).extracting(ResolutionReport.Entry::record).containsExactly(POST_IRA + 53);
        assertThat(duplicate.get(0).reason()).isEqualTo("the same cells as line 52: loaded once, from that line");
        assertThat(query("MATCH (c:Claim) WHERE c.recordKey = $key RETURN c.id", "key", POST_IRA + 53)).isEmpty();
        assertThat(query("""
                MATCH (o:Organization {id: 'org:blueoval-sk'})-[:OPERATES]->(f:Facility)
                WHERE 'source:post-ira-investments' IN f.sources RETURN f.investmentUsd AS investment""")
                .stream().map(r -> r.get("investment").asLong()).toList()).containsExactlyInAnyOrder(2_900_000_000L, 2_800_000_000L);
    }

    @Test
    @Order(15)
    void curatedPlantsThePostIraTableListsCarryItsClaimsAndALowerScoreIsAPossibleLink() {
        var expected = Map.of("facility:thacker-pass", 191, "facility:koreplex", 169, "facility:giga-america", 135,
                "facility:stardust-muskogee", 276);
        expected.forEach((facility, line) -> assertThat(postIraValues(facility, line)).as(facility).containsKey("iraTimeline"));
        assertThat(postIraValues("facility:thacker-pass", 191)).containsEntry("investmentUsd", "2930000000")
                .containsEntry("jobs", "500");
        // line 126: "Ford", Marshall, Michigan against the CIM's "Ford Motor Company" plant there: 0.65, below 0.8
        var link = query("""
                MATCH (f:Facility)-[p:POSSIBLY_SAME_AS]->(c:Facility {id: 'facility:cim-m-b-ford-mi-0'})
                WHERE 'source:post-ira-investments' IN f.sources RETURN f.id AS id, p.score AS score, p.method AS method""");
        assertThat(link).hasSize(1);
        assertThat(link.get(0).get("score").asDouble()).isEqualTo(0.65);
        assertThat(link.get(0).get("method").asString()).isEqualTo("operator name overlap 0.25 + place Marshall 0.2 + product 0.2");
        var markdown = first.report().markdown();
        assertThat(markdown).contains("## Post-IRA EV supply-chain investments").contains("| facility | " + POST_IRA + "126 |");
    }

    @Test
    @Order(16)
    void aFileThatIsNotThePostIraTableIsRefusedWithTheExpectedColumns() {
        var before = counts();
        var federal = DatasetFile.of(EXTERNAL.resolve("cim-2024q4/federal_actual_investment_by_category.csv"));
        var result = new DatasetImport(driver, SessionConfig.defaultConfig(), ImportListener.NONE)
                .run(new DatasetImport.Inputs(List.of(), List.of(), List.of(), List.of(), List.of(federal)));
        assertThat(result.files().get(0).refusal()).startsWith("federal_actual_investment_by_category.csv is not a Post-IRA "
                + "investments table: expected the columns technology, company_name, product, reported_investment, by_amount, "
                + "reported_jobs, by_jobs, city, state, country, latitude, longitude, timeline, Notes; found ");
        assertThat(counts()).isEqualTo(before);
    }
    @Test
    @Order(17)
    void theFederalInvestmentByCategoryIsAQuarterlySeriesCoveringThePoliciesItsReadmeNames() {
        var cell = query("""
                MATCH (i:InvestmentStat {id: 'invest:advanced-manufacturing-tax-credits-manufacturing-2024-q4-cim-2024-q4-20250218-0'})
                MATCH (c:Claim)-[:ABOUT]->(i)
                WHERE c.predicate = 'HAS_VALUE'
                RETURN i.value AS value, i.quarter AS quarter, i.year AS year, i.unit AS unit, i.edition AS edition,
                       c.value AS claimed, c.recordKey AS key, c.evidenceKind AS kind,
                       COLLECT { MATCH (i)-[:COVERS]->(p:Policy) RETURN p.id ORDER BY p.id } AS policies""");
        assertThat(cell).hasSize(1);
        assertThat(cell.get(0).get("value").asDouble()).isEqualTo(4190.813);
        assertThat(cell.get(0).get("claimed").asString()).isEqualTo("4190.813");
        assertThat(cell.get(0).get("quarter").asString()).isEqualTo("2024-Q4");
        assertThat(cell.get(0).get("year").asInt()).isEqualTo(2024);
        assertThat(cell.get(0).get("unit").asString()).isEqualTo("M USD (2023)");
        assertThat(cell.get(0).get("edition").asString()).isEqualTo("2024_Q4.20250218.0");
        assertThat(cell.get(0).get("kind").asString()).isEqualTo("Record");
        assertThat(cell.get(0).get("key").asString()).isEqualTo("federal_actual_investment_by_category.csv line 42");
        assertThat(cell.get(0).get("policies").asList(v -> v.asString())).containsExactly("policy:ira-45x", "policy:ira-48c");
        // 9 category series of 12 quarters; no policy created, none covered by a category the README does not name it in
        assertThat(query("MATCH (i:InvestmentStat) RETURN count(i) AS n").get(0).get("n").asLong()).isEqualTo(108);
        assertThat(query("MATCH (p:Policy) WHERE any(s IN p.sources WHERE s STARTS WITH 'source:cim-') RETURN p.id")).isEmpty();
        assertThat(query("""
                MATCH (i:InvestmentStat)-[:COVERS]->(p:Policy)
                RETURN p.id AS policy, collect(DISTINCT i.category) AS categories ORDER BY policy""").stream()
                .map(r -> r.get("policy").asString() + " " + r.get("categories").asList(v -> v.asString()).stream().sorted().toList())
                .toList())
                .containsExactly("policy:ira-45x [Advanced Manufacturing Tax Credits]",
                        "policy:ira-48c [Advanced Manufacturing Tax Credits, Emerging Climate Technology Tax Credits]");
        assertThat(query("""
                MATCH (c:Claim {predicate: 'COVERS', subjectId: $id}) RETURN c.recordKey AS key""",
                "id", "invest:advanced-manufacturing-tax-credits-manufacturing-2024-q4-cim-2024-q4-20250218-0").stream()
                .map(r -> r.get("key").asString()).distinct().toList())
                .containsExactly("README_CIM.txt line 253 (\"Advanced Manufacturing Tax Credits\" including 45X, 48C and 48D)");
    }
}
