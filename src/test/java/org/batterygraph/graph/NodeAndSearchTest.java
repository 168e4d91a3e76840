package org.batterygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.TestCypherWatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** node(id) answers every entity kind through the Node interface, and search hits carry the entities themselves. */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class NodeAndSearchTest {

    @Inject
    Driver driver;

    @Inject
    TestCypherWatch cypher;

    @ParameterizedTest
    // deposits come from the open datasets, which the tests' curated graph does not hold: DatasetsOnFirstStartTest
    @EnumSource(value = NodeKind.class, names = { "Claim", "ProductionStat", "InvestmentStat", "Deposit" }, mode = EnumSource.Mode.EXCLUDE)
    void nodeAnswersEveryKindWithItsOwnFieldsInOneRoundTrip(NodeKind kind) {
        var row = driver.executableQuery("MATCH (n:`%s`) RETURN n.id AS id, n.name AS name ORDER BY n.id LIMIT 1"
                .formatted(kind.label())).execute().records().get(0);
        var id = row.get("id").asString();
        long before = cypher.roundTrips();
        var answer = data("""
                query($id: ID!) { node(id: $id) { __typename id name
                  ... on Facility { status operators { name } }
                  ... on Organization { orgType facilities { name } } } }""", Map.of("id", id));
        assertThat(cypher.roundTrips() - before).as("round trips of node(id)").isEqualTo(1);
        assertThat(answer.getString("node.__typename")).isEqualTo(kind.label());
        assertThat(answer.getString("node.id")).isEqualTo(id);
        assertThat(answer.getString("node.name")).isEqualTo(row.get("name").asString());
    }

    @ParameterizedTest
    // deposits come from the open datasets, which the tests' curated graph does not hold: DatasetsOnFirstStartTest
    @EnumSource(value = NodeKind.class, names = { "Claim", "ProductionStat", "InvestmentStat", "Deposit" }, mode = EnumSource.Mode.EXCLUDE)
    void searchReturnsTheEntityOfEveryKind(NodeKind kind) {
        var row = driver.executableQuery("MATCH (n:`%s`) WHERE n.name IS NOT NULL RETURN n.id AS id, n.name AS name ORDER BY n.id LIMIT 1"
                .formatted(kind.label())).execute().records().get(0);
        var answer = data("""
                query($text: String!, $kinds: [NodeLabel]) { search(text: $text, kinds: $kinds, limit: 50) {
                  id kind score node { __typename id name ... on Facility { status capacityUnit } } } }""",
                Map.of("text", row.get("name").asString(), "kinds", List.of(kind.label())));
        List<Map<String, Object>> hits = answer.getList("search");
        var hit = hits.stream().filter(h -> h.get("id").equals(row.get("id").asString())).findFirst();
        assertThat(hit).as("a hit for %s", row.get("id").asString()).isPresent();
        @SuppressWarnings("unchecked")
        var node = (Map<String, Object>) hit.get().get("node");
        assertThat(node).containsEntry("__typename", kind.label()).containsEntry("id", row.get("id").asString())
                .containsEntry("name", row.get("name").asString());
        assertThat(hit.get()).containsEntry("kind", kind.label());
    }

    @org.junit.jupiter.api.Test
    void nodeOfAnUnknownOrNonEntityIdIsNull() {
        for (var id : List.of("facility:nowhere", "nothing", "claim:kore-operates-koreplex@S4")) {
            assertThat(data("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).getString("node")).as(id).isNull();
        }
    }

    private static JsonPath data(String query, Map<String, Object> variables) {
        var answer = GraphQL.post(query, variables).statusCode(200).extract().jsonPath();
        assertThat(answer.<List<Object>>get("errors")).as("errors of %s", query).isNull();
        return answer.setRootPath("data");
    }
}
