package org.batterygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Neighbourhoods, paths and supply chains answer with the loaded graph's real values. */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class RelationshipQueriesTest {

    @Inject
    Driver driver;

    @Test
    void neighbourhoodOfAConsortiumHasItsMembersAsNodesAndMembershipEdgesWithRoles() {
        var answer = data("""
                { neighbourhood(id: "consortium:li-bridge", relationshipTypes: [MEMBER_OF]) {
                    truncated nodes { id label } edges { type source target properties { key value } provenance { sourceIds } } } }
                """);
        assertThat(answer.getList("neighbourhood.nodes.id", String.class)).containsExactly(
                "consortium:li-bridge", "org:argonne", "org:naatbatt", "org:new-energy-nexus", "org:ny-best");
        assertThat(answer.getBoolean("neighbourhood.truncated")).isFalse();
        List<Map<String, Object>> edges = answer.getList("neighbourhood.edges");
        assertThat(edges).hasSize(4).allSatisfy(e -> {
            assertThat(e.get("type")).isEqualTo("MEMBER_OF");
            assertThat(e.get("target")).isEqualTo("consortium:li-bridge");
            assertThat((List<?>) ((Map<?, ?>) e.get("provenance")).get("sourceIds")).isNotEmpty();
        });
        assertThat(edges).filteredOn(e -> e.get("source").equals("org:argonne"))
                .singleElement().satisfies(e -> assertThat(e.get("properties").toString()).contains("Coordinator"));
    }

    @Test
    void neighbourhoodStopsAtTheNodeLimitAndSaysSo() {
        var answer = data("{ neighbourhood(id: \"country:US\", depth: 2, limit: 5) { truncated nodes { id } edges { source target } } }");
        List<String> nodes = answer.getList("neighbourhood.nodes.id");
        assertThat(nodes).hasSize(5).first().isEqualTo("country:US");
        assertThat(answer.getBoolean("neighbourhood.truncated")).isTrue();
        List<Map<String, String>> edges = answer.getList("neighbourhood.edges");
        assertThat(edges).allSatisfy(e -> assertThat(nodes).contains(e.get("source"), e.get("target")));
    }

    @Test
    void neighbourhoodAsOfADateKeepsOnlyRelationshipsValidThen() {
        var query = "{ neighbourhood(id: \"facility:giga-america\", relationshipTypes: [OPERATES], asOf: \"%s\") { nodes { id } } }";
        assertThat(data(query.formatted("2024-06-01")).getList("neighbourhood.nodes.id")).contains("org:freyr");
        assertThat(data(query.formatted("2025-06-01")).getList("neighbourhood.nodes.id")).doesNotContain("org:freyr");
    }

    @Test
    void pathsBetweenTheTwoClaimedOperatorsOfAtokaGoThroughThePlantWithDisputedEdges() {
        var answer = data("""
                { paths(from: "org:american-li-ion", to: "org:green-li-ion", relationshipTypes: [OPERATES]) {
                    length nodes { id } edges { type provenance { disputed } } } }
                """);
        assertThat(answer.getList("paths.length", Integer.class)).containsExactly(2);
        assertThat(answer.getList("paths[0].nodes.id", String.class))
                .containsExactly("org:american-li-ion", "facility:green-li-ion-atoka", "org:green-li-ion");
        assertThat(answer.getList("paths[0].edges.provenance.disputed", Boolean.class)).containsExactly(true, true);
    }

    @Test
    void shortestPathLengthAgreesWithNeo4jsOwnShortestPath() {
        var expected = driver.executableQuery("""
                MATCH p = shortestPath((:Entity {id: 'org:kore-power'})-[*..6]-(:Entity {id: 'org:freyr'}))
                WHERE all(r IN relationships(p) WHERE NOT type(r) IN ['ABOUT', 'STATED_IN', 'CONFLICTS_WITH'])
                RETURN length(p) AS length
                """).execute().records().get(0).get("length").asInt();
        var answer = data("{ paths(from: \"org:kore-power\", to: \"org:freyr\", maxHops: 6) { length } }");
        assertThat(answer.getList("paths.length", Integer.class)).isNotEmpty().containsOnly(expected);
    }

    @Test
    void downstreamSupplyChainOfThackerPassRunsFromLithiumCarbonateToGridBatteries() {
        var answer = data("""
                { supplyChain(id: "facility:thacker-pass", direction: DOWNSTREAM, limit: 25) {
                    paths { nodes { id } } operators { nodes { id } } } }
                """);
        List<List<String>> paths = answer.getList("supplyChain.paths.nodes.id");
        assertThat(paths).contains(List.of("facility:thacker-pass", "material:lithium-carbonate", "material:cam",
                "material:nmc-cells", "material:battery-modules", "material:grid-batteries"));
        assertThat(paths).allSatisfy(p -> assertThat(p.get(0)).isEqualTo("facility:thacker-pass"));
        assertThat(answer.getList("supplyChain.operators.nodes.id", List.class))
                .contains(List.of("org:lithium-americas", "facility:thacker-pass"));
    }

    @Test
    void upstreamSupplyChainOfAtokaReachesAbtcsRecyclingOfEndOfLifeBatteries() {
        var answer = data("""
                { supplyChain(id: "facility:green-li-ion-atoka", direction: UPSTREAM) { paths { nodes { id } } operators { nodes { id } } } }
                """);
        assertThat(answer.getList("supplyChain.paths.nodes.id", List.class)).contains(List.of("facility:green-li-ion-atoka",
                "material:black-mass", "facility:abtc-tric-recycling", "material:end-of-life-batteries"));
        assertThat(answer.getList("supplyChain.operators.nodes.id", List.class))
                .contains(List.of("org:abtc", "facility:abtc-tric-recycling"));
    }

    @Test
    void concentrationOfCobaltIsTheHhiOfTheLoadedNumbers() {
        var rows = driver.executableQuery("""
                MATCH (:Material {id: 'material:cobalt'})<-[:OF_MATERIAL]-(p:ProductionStat {metric: 'MineProduction', edition: 'MCS 2026', year: 2025})
                RETURN p.value AS value, EXISTS { (p)-[:FOR_COUNTRY]->() } AS country
                """).execute().records();
        double world = rows.stream().filter(r -> !r.get("country").asBoolean()).findFirst().orElseThrow().get("value").asDouble();
        double hhi = rows.stream().filter(r -> r.get("country").asBoolean())
                .mapToDouble(r -> Math.pow(100 * r.get("value").asDouble() / world, 2)).sum();
        double top = rows.stream().filter(r -> r.get("country").asBoolean()).mapToDouble(r -> r.get("value").asDouble()).max().orElseThrow() / world;

        var answer = data("""
                { concentration(material: "material:cobalt", metric: MineProduction) {
                    edition year worldTotal topShare hhi shares { country { id } share } } }
                """);
        assertThat(answer.getString("concentration.edition")).isEqualTo("MCS 2026");
        assertThat(answer.getInt("concentration.year")).isEqualTo(2025);
        assertThat(answer.getDouble("concentration.worldTotal")).isEqualTo(world);
        assertThat(answer.getDouble("concentration.hhi")).isCloseTo(hhi, within(1e-2));
        assertThat(answer.getDouble("concentration.topShare")).isCloseTo(top, within(1e-6));
        assertThat(answer.getString("concentration.shares[0].country.id")).isEqualTo("country:CD");
        assertThat(hhi).isGreaterThan(2500);
    }

    @Test
    void exposureOfACellPlantCoversTheCathodeAndAnodeMineralsMostConcentratedFirst() {
        var answer = data("{ exposure(id: \"facility:ultium-warren\") { materials { material { id } hhi topShare } } }");
        assertThat(answer.getList("exposure.materials.material.id", String.class)).containsExactlyInAnyOrder(
                "material:cobalt", "material:graphite", "material:lithium", "material:manganese", "material:nickel");
        List<Float> hhis = answer.getList("exposure.materials.hhi", Float.class);
        assertThat(hhis).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void exposureOfAnOrganizationGoesThroughTheFacilitiesItOperates() {
        var answer = data("{ exposure(id: \"org:abtc\") { name materials { material { id } } } }");
        assertThat(answer.getString("exposure.name")).isEqualTo("American Battery Technology Company");
        assertThat(answer.getList("exposure.materials.material.id", String.class)).contains("material:lithium");
    }

    /**
     * The lithium hydroxide refinery consumes the Tonopah Flats claystone and makes lithium hydroxide from lithium
     * (cypher/seed/020-relationships.cypher); 040-production-stats.cypher has mine production of lithium and none of
     * the claystone, a mineral (010-nodes.cypher): the claystone is reported without data, not left out.
     */
    @Test
    void exposureReportsAnUpstreamMineralWithoutNumbersAsSuch() {
        var answer = data("""
                { exposure(id: "facility:abtc-lioh-refinery", metric: MineProduction) {
                    materials { material { id } coverage } noData { id kind name } } }
                """);
        assertThat(answer.getList("exposure.materials.material.id", String.class)).containsExactly("material:lithium");
        assertThat(answer.getList("exposure.noData.id", String.class)).containsExactly("material:claystone-lithium");
        assertThat(answer.getString("exposure.noData[0].kind")).isEqualTo("Mineral");

        // Refining: of the cell plant's upstream materials only nickel has a refining share in
        // 040-production-stats.cypher; battery-grade graphite has only a bound (China >90 %), which is no number, so it
        // is named without data like the other minerals.
        var refining = data("{ exposure(id: \"facility:ultium-warren\", metric: Refining) { materials { material { id } } noData { id } } }");
        assertThat(refining.getList("exposure.materials.material.id", String.class)).containsExactly("material:nickel");
        assertThat(refining.getList("exposure.noData.id", String.class)).containsExactlyInAnyOrder("material:battery-grade-graphite",
                "material:cobalt", "material:graphite", "material:lithium", "material:claystone-lithium", "material:manganese");
    }

    /** The data of a query that must succeed. JSON numbers come back as floats: compare them with a tolerance. */
    static JsonPath data(String query) {
        var body = GraphQL.post(query).statusCode(200).extract().jsonPath();
        assertThat(body.getList("errors")).as("errors").isNull();
        return body.setRootPath("data");
    }
}
