package org.batterygraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Nested relationship fields are batched: round trips grow with nesting depth, never with the number of results. */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class RoundTripTest {

    private static final String THREE_LEVELS = """
            query ($first: Int) {
              organizations(first: $first) {
                nodes {
                  id
                  memberships { role consortium { id members { role organization { id } } } }
                }
              }
            }
            """;

    @Inject
    Cypher cypher;

    @Test
    void threeLevelNestedQueryOverFiftyResultsCostsThreeRoundTrips() {
        long before = cypher.roundTrips();
        List<Map<String, Object>> organizations = GraphQL.post(THREE_LEVELS, Map.of("first", 100))
                .statusCode(200).extract().path("data.organizations.nodes");
        long roundTrips = cypher.roundTrips() - before;

        assertThat(organizations).hasSizeGreaterThanOrEqualTo(50);
        List<?> memberLists = organizations.stream()
                .flatMap(o -> ((List<Map<String, Object>>) o.get("memberships")).stream())
                .map(m -> ((Map<String, Object>) m.get("consortium")).get("members"))
                .toList();
        assertThat(memberLists).as("the third level is really reached").isNotEmpty();
        // organizations, then memberships for all of them, then members for all consortia: one query per level.
        assertThat(roundTrips).isEqualTo(3);
    }
}
