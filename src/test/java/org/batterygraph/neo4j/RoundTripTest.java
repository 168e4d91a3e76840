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

/**
 * A root field reads its whole nested selection of relationship fields in one round trip; a relationship field
 * reached another way is batched, one round trip per level, never one per result.
 */
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
    TestCypherWatch cypher;

    @Test
    void threeLevelNestedQueryOverFiftyResultsCostsOneRoundTrip() {
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
        // organizations with their memberships, consortia and members: one query for the root field.
        assertThat(roundTrips).isEqualTo(1);
    }

    @Test
    void fetchByIdWithThreeLevelsOfRelationshipFieldsCostsOneRoundTrip() {
        long before = cypher.roundTrips();
        List<Map<String, Object>> members = GraphQL.post("""
                { consortium(id: "consortium:li-bridge") {
                    name members { role organization { id memberships { role consortium { id name } } } } } }
                """).statusCode(200).body("errors", org.hamcrest.Matchers.nullValue())
                .extract().path("data.consortium.members");
        long roundTrips = cypher.roundTrips() - before;

        assertThat(members).as("members of Li-Bridge").hasSizeGreaterThanOrEqualTo(4);
        assertThat(members.stream().flatMap(m -> ((List<?>) ((Map<?, ?>) m.get("organization")).get("memberships")).stream()).toList())
                .as("the third level is really reached").isNotEmpty();
        assertThat(roundTrips).isEqualTo(1);

        before = cypher.roundTrips();
        GraphQL.post("""
                { facility(id: "facility:koreplex") { name operators { id name } state { code country { id } } produces { name } } }
                """).statusCode(200).body("data.facility.operators", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
        assertThat(cypher.roundTrips() - before).as("round trips of facility(id) with its relationships").isEqualTo(1);
    }

    @Test
    void everyListRootFieldReadsItsNestedRelationshipFieldsInItsOneRoundTrip() {
        long before = cypher.roundTrips();
        List<Map<String, Object>> events = GraphQL.post("""
                { events(first: 100) { nodes { id organizations { id memberships { consortium { id } } } } } }
                """).statusCode(200).extract().path("data.events.nodes");
        assertThat(events.stream().flatMap(e -> ((List<?>) e.get("organizations")).stream()).toList())
                .as("organizations reached through events").isNotEmpty();
        assertThat(cypher.roundTrips() - before).isEqualTo(1);
    }

    @Test
    void relationshipFieldsBelowAComputedFieldAreBatchedOneRoundTripPerLevel() {
        long before = cypher.roundTrips();
        List<Map<String, Object>> facilities = GraphQL.post("""
                { facilities(first: 100) { nodes { id statusHistory { event { id organizations { id memberships { consortium { id } } } } } } } }
                """).statusCode(200).extract().path("data.facilities.nodes");
        long roundTrips = cypher.roundTrips() - before;

        assertThat(facilities.stream().flatMap(f -> ((List<?>) f.get("statusHistory")).stream()).toList())
                .as("status changes").isNotEmpty();
        // facilities; status histories of all facilities; organizations of all their events; their memberships
        assertThat(roundTrips).isEqualTo(4);
    }

    @Test
    void anOrganizationSelectedAgainAmongItsConsortiumsMembersGetsTheMembershipsItHasAlone() {
        // org:naatbatt is a member of the NAATBatt consortium: it appears at the top with one selection and again,
        // three levels down, with another. Each place must get its own fields, as if asked alone.
        List<Map<String, Object>> members = GraphQL.post("""
                { organization(id: "org:naatbatt") {
                    memberships { role consortium { id members { role organization { id memberships { role consortium { id } } } } } }
                } }
                """).statusCode(200).extract().path("data.organization.memberships[0].consortium.members");

        List<Object> ids = members.stream().map(m -> (Object) ((Map<?, ?>) m.get("organization")).get("id")).toList();
        assertThat(ids).contains("org:naatbatt");
        for (var member : members) {
            var organization = (Map<?, ?>) member.get("organization");
            List<Object> alone = GraphQL.post("""
                    query ($id: ID!) { organization(id: $id) { memberships { role consortium { id } } } }
                    """, Map.of("id", organization.get("id"))).statusCode(200).extract().path("data.organization.memberships");
            assertThat(organization.get("memberships")).as("memberships of %s", organization.get("id")).isEqualTo(alone);
        }
    }

    /**
     * The projection reads a relationship's type and properties only when something selected needs them: the same
     * members come back with or without the role, the role is the relationship's, and a via names its type.
     */
    @Test
    void relationshipPropertiesAreReadWhenSelectedAndTheAnswerIsTheSameWithout() {
        List<String> without = GraphQL.post("{ consortium(id: \"consortium:li-bridge\") { members { organization { id } } } }")
                .statusCode(200).extract().path("data.consortium.members.organization.id");
        List<Map<String, Object>> with = GraphQL.post("""
                { consortium(id: "consortium:li-bridge") { members { role organization { id via { type } } } } }
                """).statusCode(200).extract().path("data.consortium.members");

        assertThat(with).extracting(m -> (Object) ((Map<?, ?>) m.get("organization")).get("id")).containsExactlyElementsOf(without);
        assertThat(with).extracting(m -> ((Map<?, ?>) m.get("organization")).get("id") + "=" + m.get("role"))
                .contains("org:argonne=Coordinator", "org:naatbatt=Convenor");
        assertThat(with).extracting(m -> (Object) ((Map<?, ?>) ((Map<?, ?>) m.get("organization")).get("via")).get("type"))
                .containsOnly("MEMBER_OF");
    }
}
