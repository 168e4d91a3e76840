package org.batterygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.batterygraph.neo4j.TestCypherWatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every relationship and analytics root field is one Cypher round trip; a request beyond a bound is refused with a
 * code before any Cypher runs.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class BoundsAndRoundTripsTest {

    @Inject
    TestCypherWatch cypher;

    @ParameterizedTest
    @ValueSource(strings = {
            "{ neighbourhood(id: \"country:US\", depth: 3, limit: 500) { truncated nodes { id label name properties { key value } } edges { id type source target properties { key value } provenance { type sourceIds } } } }",
            "{ paths(from: \"org:kore-power\", to: \"org:freyr\", maxHops: 6, limit: 25) { length nodes { id } edges { type provenance { sourceIds } } } }",
            "{ supplyChain(id: \"material:lithium\", direction: DOWNSTREAM, maxLength: 8, limit: 25) { truncated paths { nodes { id } } operators { nodes { id } } } }",
            "{ concentration(material: \"material:nickel\", metric: MineProduction) { hhi topShare shares { share country { name } source { id } } } }",
            "{ exposure(id: \"org:gm\", metric: Refining) { materials { material { name } hhi } } }",
            "{ consortiumNetwork(id: \"consortium:naatbatt\") { members { role organization { name } facilities { name } } } }",
            "{ organizationNetwork(id: \"org:abtc\") { consortia { role consortium { name } } owners { share } jointVentures { share } operates { name } offtakes { name } } }",
            "{ search(text: \"lithium refinery\", limit: 50) { id kind name score } }",
            "{ facilities(filter: {country: \"country:US\", announcedFrom: \"2020-01-01\"}, orderBy: ANNOUNCED, first: 100) { totalCount nodes { id } pageInfo { hasNextPage } } }",
            "{ facilityAggregates(groupBy: COUNTRY) { key count jobs investmentUsd capacity { unit total } } }",
            "{ events(filter: {type: Cancellation, from: \"2020-01-01\"}) { nodes { id date } } }",
            "{ conflicts { reason claim { quote source { id } subject { id } } counterClaim { quote } } }",
            "{ claims(first: 100, filter: {predicate: \"OPERATES\"}, orderBy: ASSERTED) { totalCount nodes { id quote source { id } subject { id } object { id } disputed } } }",
            "{ claimSearch(text: \"lithium refinery\", first: 50) { score claim { id quote paraphrase source { id } } } }",
            "{ exposure(id: \"facility:ultium-warren\") { materials { material { name } hhi } noData { name } } }" })
    void rootFieldIsOneRoundTrip(String query) {
        long before = cypher.roundTrips();
        GraphQL.post(query).statusCode(200).body("errors", is((Object) null));
        assertThat(cypher.roundTrips() - before).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            depth 4            | LIMIT_EXCEEDED   | { neighbourhood(id: "country:US", depth: 4) { truncated } }
            depth 0            | LIMIT_EXCEEDED   | { neighbourhood(id: "country:US", depth: 0) { truncated } }
            501 nodes          | LIMIT_EXCEEDED   | { neighbourhood(id: "country:US", limit: 501) { truncated } }
            7 hops             | LIMIT_EXCEEDED   | { paths(from: "org:gm", to: "org:abtc", maxHops: 7) { length } }
            26 paths           | LIMIT_EXCEEDED   | { paths(from: "org:gm", to: "org:abtc", limit: 26) { length } }
            9 steps            | LIMIT_EXCEEDED   | { supplyChain(id: "material:lithium", direction: UPSTREAM, maxLength: 9) { truncated } }
            51 hits            | LIMIT_EXCEEDED   | { search(text: "lithium", limit: 51) { id } }
            page of 101        | INVALID_ARGUMENT | { facilities(first: 101) { nodes { id } } }
            unknown type       | GRAPHQL_VALIDATION_FAILED | { neighbourhood(id: "country:US", relationshipTypes: [KNOWS]) { truncated } }
            injected type      | GRAPHQL_VALIDATION_FAILED | { neighbourhood(id: "country:US", relationshipTypes: ["OPERATES]-() DETACH DELETE n //"]) { truncated } }
            unknown label      | GRAPHQL_VALIDATION_FAILED | { neighbourhood(id: "country:US", labels: [Person]) { truncated } }
            same ends          | INVALID_ARGUMENT | { paths(from: "org:gm", to: "org:gm") { length } }
            import reliance    | INVALID_ARGUMENT | { concentration(material: "material:cobalt", metric: NetImportReliance) { hhi } }
            empty search       | INVALID_ARGUMENT | { search(text: "  *** ") { id } }
            reversed dates     | INVALID_ARGUMENT | { facilities(filter: {cancelledFrom: "2025-03-01", cancelledTo: "2025-01-01"}) { nodes { id } } }
            reversed CAPEX     | INVALID_ARGUMENT | { facilities(filter: {capexFrom: 100, capexTo: 10}) { nodes { id } } }
            centre and box     | INVALID_ARGUMENT | { facilities(filter: {within: {centre: {latitude: 39, longitude: -119}, radiusKm: 5, box: {south: 1, west: 1, north: 2, east: 2}}}) { nodes { id } } }
            neither shape      | INVALID_ARGUMENT | { facilities(filter: {within: {}}) { nodes { id } } }
            latitude 91        | INVALID_ARGUMENT | { facilities(filter: {within: {centre: {latitude: 91, longitude: -119}, radiusKm: 5}}) { nodes { id } } }
            longitude -181     | INVALID_ARGUMENT | { deposits(filter: {within: {centre: {latitude: 39, longitude: -181}, radiusKm: 5}}) { nodes { id } } }
            negative radius    | INVALID_ARGUMENT | { deposits(filter: {within: {centre: {latitude: 39, longitude: -119}, radiusKm: -1}}) { nodes { id } } }
            centre, no radius  | INVALID_ARGUMENT | { deposits(filter: {within: {centre: {latitude: 39, longitude: -119}}}) { nodes { id } } }
            box with radius    | INVALID_ARGUMENT | { deposits(filter: {within: {radiusKm: 5, box: {south: 1, west: 1, north: 2, east: 2}}}) { nodes { id } } }
            south above north  | INVALID_ARGUMENT | { deposits(filter: {within: {box: {south: 3, west: 1, north: 2, east: 2}}}) { nodes { id } } }
            box latitude -91   | INVALID_ARGUMENT | { facilities(filter: {within: {box: {south: -91, west: 1, north: 2, east: 2}}}) { nodes { id } } }
            distance, no centre | INVALID_ARGUMENT | { deposits(orderBy: DISTANCE) { nodes { id } } }
            distance with box  | INVALID_ARGUMENT | { facilities(filter: {within: {box: {south: 1, west: 1, north: 2, east: 2}}}, orderBy: DISTANCE) { nodes { id } } }
            deposit page of 0  | INVALID_ARGUMENT | { deposits(first: 0) { nodes { id } } }
            """)
    void requestBeyondABoundIsRefusedWithACodeAndRunsNoCypher(String bound, String code, String query) {
        long before = cypher.roundTrips();
        GraphQL.post(query).statusCode(200)
                .body("errors[0].extensions.code", is(code))
                .body(GraphQL.NO_STACK_TRACE);
        assertThat(cypher.roundTrips() - before).as("Cypher round trips for a refused request").isZero();
    }
}
