package org.batterygraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.batterygraph.neo4j.TestCypherWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Claims read as researchers ask for them: the root field `claims` filtered, ordered, counted and paged (each case's
 * answer is what an independent Cypher query finds in the seed graph, never empty), an entity's claims including
 * those where it is the object, the search over the claims' words, and bad arguments refused with their code.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class ClaimQueriesTest {

    @Inject
    Driver driver;

    @Inject
    TestCypherWatch watch;

    @ParameterizedTest(name = "claims({0})")
    @CsvSource(delimiter = '|', textBlock = """
            filter: {source: "source:S13"}                                        | MATCH (n:Claim)-[:STATED_IN]->(:Source {id: 'source:S13'}) RETURN n.id AS id ORDER BY id
            filter: {subject: "facility:koreplex"}                                | MATCH (n:Claim)-[:ABOUT]->({id: 'facility:koreplex'}) RETURN n.id AS id ORDER BY id
            filter: {object: "facility:koreplex"}, orderBy: ASSERTED              | MATCH (n:Claim {objectId: 'facility:koreplex'}) RETURN n.id AS id ORDER BY n.assertedOn, n.id
            filter: {entity: "facility:green-li-ion-atoka"}                       | MATCH (n:Claim) WHERE n.objectId = 'facility:green-li-ion-atoka' OR EXISTS { (n)-[:ABOUT]->({id: 'facility:green-li-ion-atoka'}) } RETURN n.id AS id ORDER BY id
            filter: {predicate: "OPERATES"}, orderBy: ASSERTED_DESC               | MATCH (n:Claim {predicate: 'OPERATES'}) RETURN n.id AS id ORDER BY n.assertedOn DESC, n.id
            filter: {predicate: "HAS_VALUE", property: "capacity"}                | MATCH (n:Claim {predicate: 'HAS_VALUE', property: 'capacity'}) RETURN n.id AS id ORDER BY id
            filter: {status: Active, source: "source:S4"}                         | MATCH (n:Claim {status: 'Active'})-[:STATED_IN]->(:Source {id: 'source:S4'}) RETURN n.id AS id ORDER BY id
            filter: {confidence: low}                                             | MATCH (n:Claim {confidence: 'low'}) RETURN n.id AS id ORDER BY id
            filter: {disputed: true}                                              | MATCH (n:Claim {status: 'Active'}) WHERE EXISTS { (n)-[:CONFLICTS_WITH]-(:Claim {status: 'Active'}) } RETURN n.id AS id ORDER BY id
            filter: {disputed: false, object: "facility:green-li-ion-atoka"}      | MATCH (n:Claim {objectId: 'facility:green-li-ion-atoka'}) WHERE NOT (n.status = 'Active' AND EXISTS { (n)-[:CONFLICTS_WITH]-(:Claim {status: 'Active'}) }) RETURN n.id AS id ORDER BY id
            filter: {evidenceKind: Quote}                                         | MATCH (n:Claim {evidenceKind: 'Quote'}) RETURN n.id AS id ORDER BY id
            filter: {assertedFrom: "2025-02-01", assertedTo: "2025-02-28"}        | MATCH (n:Claim) WHERE date('2025-02-01') <= n.assertedOn <= date('2025-02-28') RETURN n.id AS id ORDER BY id
            """)
    void aFilteredOrderedListOfClaimsIsWhatCypherFindsAndPagesTheSame(String arguments, String cypher) {
        var expected = driver.executableQuery(cypher).execute().records().stream().map(r -> r.get("id").asString()).toList();
        assertThat(expected).as("seed claims for claims(%s)", arguments).isNotEmpty();

        var whole = data("{ claims(first: 100, %s) { totalCount nodes { id } } }".formatted(arguments));
        assertThat(whole.getInt("claims.totalCount")).isEqualTo(expected.size());
        assertThat(whole.getList("claims.nodes.id", String.class)).isEqualTo(expected.subList(0, Math.min(100, expected.size())));

        var paged = new ArrayList<String>();
        String after = null;
        for (int i = 0; i < 200; i++) {
            var page = data("{ claims(first: 7, %s%s) { nodes { id } pageInfo { hasNextPage endCursor } } }"
                    .formatted(arguments, after == null ? "" : ", after: \"" + after + "\""));
            paged.addAll(page.getList("claims.nodes.id", String.class));
            if (!page.getBoolean("claims.pageInfo.hasNextPage")) {
                break;
            }
            after = page.getString("claims.pageInfo.endCursor");
        }
        assertThat(paged).isEqualTo(expected);
    }

    /** Values read from cypher/seed/020-relationships.cypher: the two operators of the Atoka plant, and its opening. */
    @Test
    void theClaimsEndingAtTheAtokaPlantAreItsTwoDisputedOperatorsAndItsOpening() {
        var answer = data("""
                { claims(filter: {object: "facility:green-li-ion-atoka"}) {
                    totalCount
                    nodes { id predicate subject { id } object { id } evidenceKind quote paraphrase disputed source { id } }
                } }
                """);
        assertThat(answer.getInt("claims.totalCount")).isEqualTo(3);
        assertThat(answer.getList("claims.nodes.id", String.class)).containsExactly(
                "claim:event:green-li-ion-atoka-opened-INVOLVES->facility:green-li-ion-atoka@S13",
                "claim:org:american-li-ion-OPERATES->facility:green-li-ion-atoka@seed-004_7685e5194780aa43",
                "claim:org:green-li-ion-OPERATES->facility:green-li-ion-atoka@S13");
        assertThat(answer.getList("claims.nodes.object.id", String.class)).containsOnly("facility:green-li-ion-atoka");
        assertThat(answer.getList("claims.nodes.disputed", Boolean.class)).containsExactly(false, true, true);
        assertThat(answer.getList("claims.nodes.evidenceKind", String.class)).containsExactly("Paraphrase", "Quote", "Paraphrase");
        assertThat(answer.getList("claims.nodes.quote", String.class)).containsExactly(null,
                "At our flagship facility in Atoka, Oklahoma, we’re not just recycling black mass", null);
        assertThat(answer.getList("claims.nodes.source.id", String.class))
                .containsExactly("source:S13", "source:seed-004_7685e5194780aa43", "source:S13");

        var disputedOperators = data("""
                { claims(filter: {object: "facility:green-li-ion-atoka", predicate: "OPERATES", disputed: true}) {
                    totalCount nodes { subject { id } } } }
                """);
        assertThat(disputedOperators.getInt("claims.totalCount")).isEqualTo(2);
        assertThat(disputedOperators.getList("claims.nodes.subject.id", String.class))
                .containsExactly("org:american-li-ion", "org:green-li-ion");
    }

    /** Facility.claims lists the 13 claims about the Atoka plant and the 3 that end at it (seed files, as above). */
    @Test
    void anEntitysClaimsIncludeThoseWhereItIsTheObject() {
        var expected = driver.executableQuery("""
                MATCH (n:Claim) WHERE n.objectId = 'facility:green-li-ion-atoka'
                   OR EXISTS { (n)-[:ABOUT]->(:Facility {id: 'facility:green-li-ion-atoka'}) }
                RETURN count(n) AS n
                """).execute().records().get(0).get("n").asInt();
        List<Map<String, Object>> claims = GraphQL.post("""
                { facility(id: "facility:green-li-ion-atoka") { claims { id predicate subject { id } object { id } } } }
                """).statusCode(200).body("errors", nullValue()).extract().path("data.facility.claims");
        assertThat(claims).hasSize(expected).hasSizeGreaterThanOrEqualTo(16);
        assertThat(claims).extracting(c -> c.get("id")).doesNotHaveDuplicates().contains(
                "claim:org:american-li-ion-OPERATES->facility:green-li-ion-atoka@seed-004_7685e5194780aa43",
                "claim:org:green-li-ion-OPERATES->facility:green-li-ion-atoka@S13");
        assertThat(claims).allSatisfy(c -> assertThat(List.of(((Map<?, ?>) c.get("subject")).get("id"),
                c.get("object") == null ? "" : ((Map<?, ?>) c.get("object")).get("id"))).contains("facility:green-li-ion-atoka"));
    }

    /** 15 claims cite C&EN (S13) in the seed (cypher/seed/020 and 030, one an editors' inference): pages of 5, 5 and 5, the count on each. */
    @Test
    void aSourcesClaimsComePagedWithTheirTotal() {
        var ids = new ArrayList<String>();
        var sizes = new ArrayList<Integer>();
        String after = null;
        do {
            var page = data("{ claims(first: 5, filter: {source: \"source:S13\"}%s) { totalCount nodes { id source { id } } pageInfo { hasNextPage endCursor } } }"
                    .formatted(after == null ? "" : ", after: \"" + after + "\""));
            assertThat(page.getInt("claims.totalCount")).isEqualTo(15);
            assertThat(page.getList("claims.nodes.source.id", String.class)).containsOnly("source:S13");
            var found = page.getList("claims.nodes.id", String.class);
            ids.addAll(found);
            sizes.add(found.size());
            after = page.getBoolean("claims.pageInfo.hasNextPage") ? page.getString("claims.pageInfo.endCursor") : null;
        } while (after != null && sizes.size() < 10);
        assertThat(sizes).containsExactly(5, 5, 5);
        assertThat(ids).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void aPageOfClaimsWithTheirSourcesEndsAndDisputesCostsOneRoundTrip() {
        long before = watch.roundTrips();
        var answer = data("{ claims(first: 100) { totalCount nodes { id source { id title } subject { id } object { id } disputed } } }");
        assertThat(watch.roundTrips() - before).isEqualTo(1);
        assertThat(answer.getList("claims.nodes")).hasSize(100);
        assertThat(answer.getList("claims.nodes.source.id", String.class)).doesNotContainNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            { claims(first: 0) { nodes { id } } }                                                    | INVALID_ARGUMENT | first must be between 1 and 100
            { claims(first: 101) { nodes { id } } }                                                  | INVALID_ARGUMENT | first must be between 1 and 100
            { claims(after: "not-a-cursor") { nodes { id } } }                                       | INVALID_ARGUMENT | after is not a cursor
            { claims(filter: {predicate: "KNOWS"}) { nodes { id } } }                                | INVALID_ARGUMENT | filter.predicate must be one of [
            { claims(filter: {assertedFrom: "2025-02-01", assertedTo: "2025-01-01"}) { nodes { id } } } | INVALID_ARGUMENT | assertedTo must not be before assertedFrom
            { claims(filter: {status: active}) { nodes { id } } }                                    | GRAPHQL_VALIDATION_FAILED | the values of ClaimStatus are [
            { claims(filter: {evidenceKind: Verbatim}) { nodes { id } } }                            | GRAPHQL_VALIDATION_FAILED | the values of EvidenceKind are [
            { claims(orderBy: NEWEST) { nodes { id } } }                                             | GRAPHQL_VALIDATION_FAILED | the values of ClaimOrder are [
            { claimSearch(text: "reshoring", first: 0) { claim { id } } }                             | LIMIT_EXCEEDED   | first must be between 1 and 50
            { claimSearch(text: "reshoring", first: 51) { claim { id } } }                            | LIMIT_EXCEEDED   | first must be between 1 and 50
            """)
    void aBadArgumentIsRefusedWithItsCode(String document, String code, String message) {
        GraphQL.post(document).statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void aTooLongSearchTextIsRefused() {
        GraphQL.post("query ($t: String!) { claimSearch(text: $t) { claim { id } } }", Map.of("t", "a".repeat(201)))
                .statusCode(200).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("at most 200 characters"));
    }

    /** The quote, in cypher/seed/020-relationships.cypher, of the seed-004 article on the Inflation Reduction Act. */
    static final String IRA_QUOTE_CLAIM = "claim:policy:ira-ENACTED_BY->country:US@seed-004_7685e5194780aa43";

    @Test
    void claimSearchFindsAKnownQuoteFromOneOfItsWords() {
        var quote = driver.executableQuery("MATCH (c:Claim {id: $id}) RETURN c.quote AS q").withParameters(Map.of("id", IRA_QUOTE_CLAIM))
                .execute().records().get(0).get("q").asString();
        assertThat(quote).contains("reshoring");

        var hits = data("{ claimSearch(text: \"reshoring\") { score claim { id evidenceKind quote source { id } } } }");
        assertThat(hits.getList("claimSearch.claim.id", String.class)).first().isEqualTo(IRA_QUOTE_CLAIM);
        assertThat(hits.getString("claimSearch[0].claim.quote")).isEqualTo(quote);
        assertThat(hits.getString("claimSearch[0].claim.source.id")).isEqualTo("source:seed-004_7685e5194780aa43");
        assertThat(hits.getList("claimSearch.score", Double.class)).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // Typos and partial words, as search takes them.
        assertThat(data("{ claimSearch(text: \"reshorin\") { claim { id } } }").getList("claimSearch.claim.id", String.class))
                .contains(IRA_QUOTE_CLAIM);
    }

    @Test
    void claimSearchCanKeepOnlyTheSourcesOwnWords() {
        var all = data("{ claimSearch(text: \"Atoka\", first: 50) { claim { id evidenceKind } } }");
        assertThat(all.getList("claimSearch.claim.evidenceKind", String.class)).contains("Quote", "Paraphrase");
        var quotes = data("{ claimSearch(text: \"Atoka\", first: 50, evidenceKind: Quote) { claim { id evidenceKind quote } } }");
        assertThat(quotes.getList("claimSearch.claim.evidenceKind", String.class)).isNotEmpty().containsOnly("Quote");
        assertThat(quotes.getList("claimSearch.claim.quote", String.class)).allSatisfy(q -> assertThat(q).containsIgnoringCase("atoka"));
    }

    /**
     * Lucene syntax in the text is words, nothing more: the same hits as its words alone (a `*:*` that reached the
     * index would match every claim first), never an error.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            reshoring~ AND *:*                 | reshoring AND
            "reshoring" OR quote:[* TO *]      | reshoring OR quote TO
            reshoring) OR (c.id:*              | reshoring OR c id
            reshoring\\ ^10 /.*/               | reshoring 10
            """)
    void luceneSyntaxInTheTextIsHarmless(String text, String words) {
        var hostile = search(text);
        assertThat(hostile).contains(IRA_QUOTE_CLAIM).isEqualTo(search(words));
    }

    @Test
    void aTextOfOnlyLuceneSyntaxIsRefused() {
        GraphQL.post("query ($t: String!) { claimSearch(text: $t) { claim { id } } }", Map.of("t", "+-&&||!(){}[]^\"~*?:/"))
                .statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("text must contain a letter or a digit"));
    }

    private static List<String> search(String text) {
        return GraphQL.post("query ($t: String!) { claimSearch(text: $t, first: 50) { claim { id } } }", Map.of("t", text))
                .statusCode(200).body("errors", nullValue()).extract().jsonPath().getList("data.claimSearch.claim.id", String.class);
    }

    private static JsonPath data(String query) {
        var answer = GraphQL.post(query).statusCode(200).extract().jsonPath();
        assertThat(answer.<List<Object>>get("errors")).as("errors of %s", query).isNull();
        return answer.setRootPath("data");
    }
}
