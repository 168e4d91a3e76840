package org.batterygraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every kind can be listed a page at a time and fetched by id; answers are compared with Neo4j itself. */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class EntityQueriesTest {

    @Inject
    Driver driver;

    @ParameterizedTest
    @CsvSource({
            "Organization, organizations, organization",
            "Consortium, consortia, consortium",
            "Country, countries, country",
            "Subdivision, subdivisions, subdivision",
            "Material, materials, material",
            "Facility, facilities, facility",
            "Policy, policies, policy",
            "FundingAward, fundingAwards, fundingAward",
            "Event, events, event",
            "Source, sources, source" })
    void everyKindListsInIdOrderAndEachItemIsFetchableById(String label, String list, String one) {
        List<String> expected = driver.executableQuery("MATCH (n:$($label)) RETURN n.id AS id ORDER BY id LIMIT 5")
                .withParameters(Map.of("label", label)).execute().records().stream()
                .map(r -> r.get("id").asString()).toList();
        assertThat(expected).as("the seed holds %s nodes", label).isNotEmpty();

        List<Map<String, String>> nodes = GraphQL.post("{ %s(first: 5) { nodes { id name } } }".formatted(list))
                .statusCode(200).extract().path("data.%s.nodes".formatted(list));
        assertThat(nodes).extracting(n -> n.get("id")).containsExactlyElementsOf(expected);

        for (var node : nodes) {
            GraphQL.post("query ($id: ID!) { %s(id: $id) { id name } }".formatted(one), Map.of("id", node.get("id")))
                    .statusCode(200)
                    .body("data.%s.name".formatted(one), is(node.get("name")));
        }
    }

    @Test
    void pagesWalkEveryOrganizationExactlyOnceInIdOrder() {
        var expected = driver.executableQuery("MATCH (n:Organization) RETURN n.id AS id ORDER BY id").execute()
                .records().stream().map(r -> r.get("id").asString()).toList();
        var seen = new ArrayList<String>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            var variables = new HashMap<String, Object>();
            variables.put("after", after);
            var page = GraphQL.post("""
                    query ($after: String) {
                      organizations(first: 7, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } }
                    }
                    """, variables).statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("data.organizations.nodes.id"));
            hasNext = page.getBoolean("data.organizations.pageInfo.hasNextPage");
            after = page.getString("data.organizations.pageInfo.endCursor");
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void anUnknownIdIsNullNotAnError() {
        GraphQL.post("{ facility(id: \"facility:does-not-exist\") { id } }")
                .statusCode(200)
                .body("data.facility", nullValue())
                .body("errors", nullValue());
    }

    @ParameterizedTest
    @CsvSource({ "0", "101", "-5" })
    void aPageSizeOutOfRangeIsRefusedWithACode(int first) {
        GraphQL.post("query ($first: Int) { organizations(first: $first) { nodes { id } } }", Map.of("first", first))
                .statusCode(200)
                .body("errors[0].extensions.code", is("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("first must be between 1 and 100"))
                .body(GraphQL.NO_STACK_TRACE);
    }

    @Test
    void aForgedCursorIsRefusedWithACode() {
        GraphQL.post("{ organizations(after: \"' OR 1=1 //\") { nodes { id } } }")
                .statusCode(200)
                .body("errors[0].extensions.code", is("INVALID_ARGUMENT"))
                .body(GraphQL.NO_STACK_TRACE);
    }

    @Test
    void aSyntaxErrorIsAGraphQLErrorWithoutStackTrace() {
        GraphQL.post("{ organizations(first: ) { nodes { id }")
                .body("errors[0].message", notNullValue())
                .body("data", nullValue())
                .body(GraphQL.NO_STACK_TRACE);
    }

    @Test
    void memberCountOfEveryConsortiumIsTheNumberOfItsMembersInTheGraph() {
        List<Map<String, Object>> consortia = GraphQL.post("{ consortia(first: 100) { nodes { id memberCount members { role } } } }")
                .statusCode(200).extract().path("data.consortia.nodes");

        assertThat(consortia).isNotEmpty();
        for (var consortium : consortia) {
            long inGraph = driver.executableQuery("MATCH (:Consortium {id: $id})<-[:MEMBER_OF]-(o:Organization) RETURN count(o) AS n")
                    .withParameters(Map.of("id", consortium.get("id"))).execute().records().get(0).get("n").asLong();
            assertThat(((Number) consortium.get("memberCount")).longValue()).as("memberCount of %s", consortium.get("id"))
                    .isEqualTo(inGraph).isEqualTo(((List<?>) consortium.get("members")).size());
        }
        assertThat(consortia).anySatisfy(c -> assertThat((Integer) c.get("memberCount")).isGreaterThan(1));
    }
}
