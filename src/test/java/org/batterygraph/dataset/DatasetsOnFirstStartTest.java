package org.batterygraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.dataset.postira.PostIraImport;
import org.batterygraph.neo4j.PreparedNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * README command 1's first start on an empty database (a Neo4j of its own): the seed, then the vendored open
 * datasets (battery.graph.datasets IF_EMPTY, as in dev and production), read back through GraphQL with their
 * row references and their sources' licences.
 */
@QuarkusTest
@TestProfile(DatasetsOnFirstStartTest.FirstStart.class)
public class DatasetsOnFirstStartTest {

    public static class FirstStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("battery.graph.datasets", "IF_EMPTY", "battery.graph.start-wait", "120S");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PreparedNeo4j.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    static final String CIM = "source:cim-2024-q4-20250218-0";
    /** Numbers as doubles: the dataset's values have more digits than a float keeps. */
    static final JsonPathConfig DOUBLES = JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);

    @Inject
    Driver driver;

    @Test
    void aCuratedPlantCarriesTheRowsValuesAsRecordClaimsFromALicensedDatasetSource() {
        var facility = JsonPath.from(GraphQL.post("""
                { facility(id: "facility:ultium-warren") {
                    name status capexMusd2023 address announced announcedPrecision subcategory
                    valueClaims { property claim {
                      evidenceKind value record { dataset release key }
                      source { id kind licence citation release }
                    } }
                    operators { id via { claims { evidenceKind source { id } } } }
                } }""").statusCode(200).extract().body().asString()).using(DOUBLES);
        assertThat(facility.getList("errors")).isNull();
        assertThat(facility.getString("data.facility.name")).isEqualTo("Ultium Cells Warren");
        assertThat(facility.getDouble("data.facility.capexMusd2023")).isEqualTo(2562.275143);
        assertThat(facility.getString("data.facility.address")).isEqualTo("7400 Tod Ave SW, Warren, OH 44481");
        assertThat(facility.getString("data.facility.announced")).isEqualTo("2020-03-05");
        assertThat(facility.getString("data.facility.announcedPrecision")).isEqualTo("Day");
        assertThat(facility.getString("data.facility.valueClaims.find { it.property == 'capexMusd2023' }.claim.evidenceKind")).isEqualTo("Record");
        assertThat(facility.getString("data.facility.valueClaims.find { it.property == 'capexMusd2023' }.claim.record.key"))
                .isEqualTo("manufacturing_energy_and_industry_facility_metadata.csv unique_id=M.B.Ultium_OH_0 (line 168)");
        assertThat(facility.getString("data.facility.valueClaims.find { it.property == 'capexMusd2023' }.claim.record.release")).isEqualTo("2024_Q4.20250218.0");
        assertThat(facility.getString("data.facility.valueClaims.find { it.property == 'capexMusd2023' }.claim.source.id")).isEqualTo(CIM);
        assertThat(facility.getString("data.facility.valueClaims.find { it.property == 'capexMusd2023' }.claim.source.kind")).isEqualTo("Dataset");
        assertThat(facility.getString("data.facility.valueClaims.find { it.property == 'capexMusd2023' }.claim.source.licence")).startsWith("CC BY 4.0");
        assertThat(facility.getString("data.facility.valueClaims.find { it.property == 'capexMusd2023' }.claim.source.citation")).contains("Rhodium Group & MIT CEEPR");
        // one operator, two claims: the curated source's and the dataset's
        List<String> sources = facility.getList("data.facility.operators[0].via.claims.source.id");
        assertThat(sources).contains("source:S25", CIM);
        long citing = driver.executableQuery("MATCH (f:Facility) WHERE $s IN f.sources RETURN count(f) AS n")
                .withParameters(Map.of("s", CIM)).execute().records().get(0).get("n").asLong();
        assertThat(citing).as("facilities citing the CIM release").isGreaterThanOrEqualTo(250);
        assertThat(GraphQL.post("{ facilities { totalCount } }").extract().jsonPath().getInt("data.facilities.totalCount"))
                .isGreaterThanOrEqualTo(250);
    }

    /**
     * The CIM row M.B.GreenLiIon_OK_0 (line 196) names Green Li-Ion as the Atoka plant's company; the curated article
     * seed-004 names American Li-ion: by the writes' ExclusiveRelationship rule, a conflict of the dataset claim with
     * the article's. Giga America's announcement, "2022-11" in C&EN (S6) and 2022-11-11 in row M.B.Freyr_GA_0, agrees
     * (a month and a day of it); iM3NY's statuses (Bankrupt on 2025-02-13 in S7, Operating in the release of
     * 2025-02-18) are for different dates: history, not a conflict (StatusesOnSameDate).
     */
    @Test
    void aRowThatContradictsACuratedClaimIsAConflictByTheWritesRulesAndAgreeingOrDatedValuesAreNot() {
        var cimClaim = "claim:org:green-li-ion-OPERATES->facility:green-li-ion-atoka@cim-2024-q4-20250218-0";
        var articleClaim = "claim:org:american-li-ion-OPERATES->facility:green-li-ion-atoka@seed-004_7685e5194780aa43";
        var answer = GraphQL.post("""
                { conflicts(kind: ExclusiveRelationship) { kind reason claim { id } counterClaim { id } }
                  claims(filter: {entity: "facility:green-li-ion-atoka", disputed: true, source: "%s"}) {
                    nodes { id record { key } conflicts { kind active claim { id source { id } } } } }
                  america: claims(filter: {entity: "facility:giga-america", property: "announced", disputed: true}) { nodes { id } }
                  im3ny: claims(filter: {entity: "facility:im3ny-endicott", property: "status"}) { nodes { id value disputed } }
                }""".formatted(CIM)).statusCode(200).extract().jsonPath();
        assertThat(answer.getList("errors")).isNull();
        assertThat(reasonOfTheConflictOf(answer, cimClaim, articleClaim)).isEqualTo("Only one OPERATES at a time for "
                + "facility:green-li-ion-atoka: org:green-li-ion (" + CIM + ") and org:american-li-ion (source:seed-004_7685e5194780aa43)");
        assertThat(answer.getList("data.claims.nodes.id")).containsExactly(cimClaim);
        assertThat(answer.getString("data.claims.nodes[0].record.key")).isEqualTo(
                "manufacturing_energy_and_industry_facility_metadata.csv unique_id=M.B.GreenLiIon_OK_0 (line 196)");
        assertThat(answer.getList("data.claims.nodes[0].conflicts.claim.id")).containsExactly(articleClaim);
        assertThat(answer.getList("data.claims.nodes[0].conflicts.kind")).containsExactly("ExclusiveRelationship");
        assertThat(answer.getList("data.claims.nodes[0].conflicts.active")).containsExactly(true);
        assertThat(answer.getList("data.america.nodes.id")).as("Giga America's announcement claims in conflict").isEmpty();
        List<Map<String, Object>> statuses = answer.getList("data.im3ny.nodes");
        assertThat(statuses).extracting(c -> c.get("value")).contains("Bankrupt", "Operational");
        assertThat(statuses).allMatch(c -> Boolean.FALSE.equals(c.get("disputed")));
    }

    /**
     * The Post-IRA row of line 135 (Freyr, Newnan GA: $2,600M, 723 jobs) is resolved to Giga America, whose
     * curated figures from C&EN (S6) are $1.7B and 700 jobs: by the writes' DifferentValues rule both of the row's
     * claims conflict with the article's, recorded by the Post-IRA import, once (the first start's import, and the
     * import's rerun in DatasetImportTest, add no second). Line 169's KOREPlex investment equals the curated one: none.
     */
    @Test
    void aPostIraRowThatContradictsACuratedFigureIsAConflictRecordedByItsImport() {
        var postIra = "claim:facility:giga-america.investmentUsd@post-ira-investments";
        var article = "claim:facility:giga-america.investmentUsd@S6";
        var answer = GraphQL.post("""
                { conflicts(kind: DifferentValues) { kind reason claim { id } counterClaim { id } }
                  claims(filter: {entity: "facility:giga-america", disputed: true, source: "%s"}) {
                    nodes { id property value record { key } conflicts { kind active claim { id value source { id } } } } }
                  koreplex: claims(filter: {entity: "facility:koreplex", source: "%s", property: "investmentUsd"}) {
                    nodes { value disputed } }
                }""".formatted(PostIraImport.SOURCE_ID, PostIraImport.SOURCE_ID)).statusCode(200).extract().jsonPath();
        assertThat(answer.getList("errors")).isNull();
        assertThat(reasonOfTheConflictOf(answer, postIra, article)).isEqualTo("Different values of investmentUsd: "
                + "\"2600000000\" (" + PostIraImport.SOURCE_ID + ") and \"1700000000\" (source:S6)");
        assertThat(answer.getList("data.claims.nodes.property")).containsExactlyInAnyOrder("investmentUsd", "jobs");
        assertThat(answer.getString("data.claims.nodes.find { it.property == 'investmentUsd' }.record.key"))
                .isEqualTo("post-ira-ev-supply-chain-investments.csv line 135");
        assertThat(answer.getString("data.claims.nodes.find { it.property == 'jobs' }.conflicts[0].claim.value")).isEqualTo("700");
        assertThat(answer.getString("data.claims.nodes.find { it.property == 'jobs' }.conflicts[0].claim.source.id")).isEqualTo("source:S6");
        var recorded = driver.executableQuery("""
                MATCH (:Claim {id: $a})-[x:CONFLICTS_WITH]-(:Claim {id: $b}) RETURN collect(x.recordedBy) AS by""")
                .withParameters(Map.of("a", postIra, "b", article)).execute().records().get(0).get("by").asList();
        assertThat(recorded).containsExactly("import:post-ira");
        // line 169's $1,250M is KOREPlex's curated $1.25B: a second claim, no conflict
        assertThat(answer.getList("data.koreplex.nodes.value")).containsExactly("1250000000");
        assertThat(answer.getList("data.koreplex.nodes.disputed")).containsExactly(false);
    }

    /** The reason of the one conflict between claims a and b among the answer's {@code conflicts}, either way round. */
    static String reasonOfTheConflictOf(JsonPath answer, String a, String b) {
        List<Map<String, Object>> conflicts = answer.getList("data.conflicts");
        var between = conflicts.stream().filter(c -> Set.of(((Map<?, ?>) c.get("claim")).get("id"),
                ((Map<?, ?>) c.get("counterClaim")).get("id")).equals(Set.of(a, b))).toList();
        assertThat(between).as("conflicts between %s and %s", a, b).hasSize(1);
        return (String) between.get(0).get("reason");
    }

    @Test
    void aWithheldValueIsANumberNowhereAndARevisionShowsBothEditions() {
        var stats = JsonPath.from(GraphQL.post("""
                { productionStats(material: "material:lithium", country: "country:US", first: 100) {
                    id metric year value qualifier bound reported edition series
                } }""").statusCode(200).extract().body().asString()).using(DOUBLES);
        assertThat(stats.getList("errors")).isNull();
        List<Map<String, Object>> rows = stats.getList("data.productionStats");
        assertThat(rows).filteredOn(r -> r.get("qualifier") != null).isNotEmpty().allMatch(r -> r.get("value") == null);
        assertThat(rows).filteredOn(r -> "stat:lithium-mineproduction-2022-US-mcs2024".equals(r.get("id")))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("qualifier")).isEqualTo("Withheld");
                    assertThat(r.get("reported")).isEqualTo("W");
                });
        var revised = JsonPath.from(GraphQL.post("""
                { productionStats(material: "material:lithium", country: "country:AU", metric: MineProduction, year: 2022) {
                    value edition source { id }
                } }""").extract().body().asString()).using(DOUBLES);
        assertThat(revised.getList("data.productionStats.edition")).containsExactly("MCS 2024", "MCS 2023");
        assertThat(revised.getList("data.productionStats.value", Double.class)).containsExactly(74700.0, 61000.0);
        var concentration = JsonPath.from(GraphQL.post("""
                { concentration(material: "material:lithium", metric: MineProduction, edition: "MCS 2024", year: 2023) {
                    worldTotal shares { country { id } value } coverage
                } }""").extract().body().asString()).using(DOUBLES);
        assertThat(concentration.getList("errors")).isNull();
        assertThat(concentration.getDouble("data.concentration.worldTotal")).isEqualTo(180000.0);
        assertThat(concentration.getList("data.concentration.shares.country.id")).contains("country:AU", "country:CL")
                .doesNotContain("country:US");
    }

    @Test
    void aDepositIsANodeWithItsRowValues() {
        var deposit = JsonPath.from(GraphQL.post("""
                { deposit(id: "deposit:busch-9") { name resourceType status reservesKtLi productionRate2030 }
                  node(id: "deposit:busch-9") { __typename name }
                  search(text: "Thacker Pass", kinds: [Deposit]) { id node { __typename } } }""")
                .statusCode(200).extract().body().asString()).using(DOUBLES);
        assertThat(deposit.getList("errors")).isNull();
        assertThat(deposit.getString("data.deposit.name")).isEqualTo("Thacker Pass");
        assertThat(deposit.getString("data.deposit.resourceType")).isEqualTo("VolcanoSedimentary");
        assertThat(deposit.getString("data.deposit.status")).isEqualTo("Construction");
        assertThat(deposit.getDouble("data.deposit.reservesKtLi")).isEqualTo(695.127233351381);
        assertThat(deposit.getString("data.node.__typename")).isEqualTo("Deposit");
        assertThat(deposit.getList("data.search.id")).contains("deposit:busch-9");
        assertThat(deposit.getList("data.search.node.__typename")).containsOnly("Deposit");
        long deposits = driver.executableQuery("MATCH (d:Deposit) RETURN count(d) AS n").execute().records().get(0)
                .get("n").asLong();
        assertThat(deposits).isEqualTo(160);
    }
    @Test
    void aPostIraRowIsAFacilityWithItsInvestmentJobsAndPlaceAndItsClaimsCiteTheRowsWebPage() {
        // post-ira-ev-supply-chain-investments.csv line 309: Ultium CAM JV (GM, POSCO), Becancour, Quebec, 1000 $M
        var facility = JsonPath.from(GraphQL.post("""
                { facility(id: "facility:post-ira-ultium-cam-jv-becancour-f463f581") {
                    name investmentUsd jobs jobsBand investmentBand iraTimeline product locationRoundedDeg
                    operators { id name }
                    valueClaims { property claim {
                      evidenceKind value record { dataset release key }
                      source { id kind licence }
                      cites { kind url publisher }
                    } }
                } }""").statusCode(200).extract().body().asString()).using(DOUBLES);
        assertThat(facility.getList("errors")).isNull();
        assertThat(facility.getString("data.facility.name")).isEqualTo("Ultium CAM JV (Materials Processing, Components), Becancour, Quebec");
        assertThat(facility.getDouble("data.facility.investmentUsd")).isEqualTo(1.0e9);
        assertThat(facility.getString("data.facility.jobs")).isNull();
        assertThat(facility.getString("data.facility.jobsBand")).isEqualTo("Unreported");
        assertThat(facility.getString("data.facility.investmentBand")).isEqualTo("Over 1 Billion");
        assertThat(facility.getString("data.facility.iraTimeline")).isEqualTo("Post-Inflation Reduction Act");
        assertThat(facility.getString("data.facility.product")).isEqualTo("Batteries: Materials Processing; Batteries: Components");
        assertThat(facility.getDouble("data.facility.locationRoundedDeg")).isEqualTo(0.1);
        assertThat(facility.getList("data.facility.operators.name")).containsExactly("Ultium CAM JV");
        var investment = "data.facility.valueClaims.find { it.property == 'investmentUsd' }.claim";
        assertThat(facility.getString(investment + ".value")).isEqualTo("1000000000");
        assertThat(facility.getString(investment + ".evidenceKind")).isEqualTo("Record");
        assertThat(facility.getString(investment + ".record.key")).isEqualTo("post-ira-ev-supply-chain-investments.csv line 309");
        assertThat(facility.getString(investment + ".record.release")).isEqualTo("commit 3a331aa (2024-09-27)");
        assertThat(facility.getString(investment + ".source.id")).isEqualTo("source:post-ira-investments");
        assertThat(facility.getString(investment + ".source.licence")).startsWith("MIT");
        assertThat(facility.getString(investment + ".cites[0].kind")).isEqualTo("Web");
        assertThat(facility.getString(investment + ".cites[0].url")).startsWith("https://www.prnewswire.com/news-releases/gm-and-posco-future-m-");
        assertThat(facility.getString(investment + ".cites[0].publisher")).isNull();
        assertThat(facility.getString("data.facility.valueClaims.find { it.property == 'location' }.claim.value"))
                .isEqualTo("46.4, -72.4 (rounded to 0.1°)");
    }
    @Test
    void theFederalInvestmentByCategoryIsASeriesOnThePoliciesItsCategoryIncludesAndARootFieldWithFilters() {
        var series = JsonPath.from(GraphQL.post("""
                { policy(id: "policy:ira-45x") { investmentSeries { category segment quarter value unit edition source { id } } }
                  federalInvestment(category: "Advanced Manufacturing Tax Credits", fromQuarter: "2024-Q1", toQuarter: "2024-Q4") {
                    quarter value } }""").statusCode(200).extract().body().asString()).using(DOUBLES);
        assertThat(series.getList("errors")).isNull();
        assertThat(series.getList("data.policy.investmentSeries.category")).hasSize(12).containsOnly("Advanced Manufacturing Tax Credits");
        assertThat(series.getString("data.policy.investmentSeries[11].quarter")).isEqualTo("2024-Q4");
        assertThat(series.getDouble("data.policy.investmentSeries[11].value")).isEqualTo(4190.813);
        assertThat(series.getString("data.policy.investmentSeries[11].unit")).isEqualTo("M USD (2023)");
        assertThat(series.getString("data.policy.investmentSeries[11].source.id")).isEqualTo(CIM);
        assertThat(series.getList("data.federalInvestment.quarter")).containsExactly("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4");
        assertThat(series.getList("data.federalInvestment.value", Double.class)).containsExactly(2682.022, 3576.731, 3974.841, 4190.813);
        var bad = GraphQL.post("{ federalInvestment(fromQuarter: \"2024-5\") { value } }").statusCode(200).extract().jsonPath();
        assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("INVALID_ARGUMENT");
        assertThat(bad.getString("errors[0].message")).contains("YYYY-Qn").doesNotContain("Exception");
    }
}
