package org.batterygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every list root field filters and orders: each case's answer is the ids that an independent Cypher query finds
 * in the seed graph (never empty), its totalCount their number, and paging through it two at a time gives the same.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class ListFiltersTest {

    @Inject
    Driver driver;

    @ParameterizedTest(name = "{0}({1})")
    @CsvSource(delimiter = '|', textBlock = """
            organizations | filter: {type: Company}, orderBy: NAME | MATCH (n:Organization {orgType: 'Company'}) RETURN n.id AS id ORDER BY n.name, n.id
            organizations | filter: {country: "country:US"} | MATCH (n:Organization)-[:HEADQUARTERED_IN]->()-[:PART_OF*0..1]->(:Country {id: 'country:US'}) RETURN DISTINCT n.id AS id ORDER BY id
            organizations | filter: {consortium: "consortium:li-bridge"} | MATCH (n:Organization)-[:MEMBER_OF]->(:Consortium {id: 'consortium:li-bridge'}) RETURN n.id AS id ORDER BY id
            organizations | filter: {namePrefix: "Li"} | MATCH (n:Organization) WHERE n.name STARTS WITH 'Li' RETURN n.id AS id ORDER BY id
            consortia | filter: {country: "country:US"}, orderBy: LAUNCHED | MATCH (n:Consortium)-[:BASED_IN]->(:Country {id: 'country:US'}) RETURN n.id AS id ORDER BY n.launched, n.id
            events | filter: {involving: "facility:koreplex"}, orderBy: DATE | MATCH (n:Event)-[:INVOLVES]->({id: 'facility:koreplex'}) RETURN n.id AS id ORDER BY n.date, n.id
            events | filter: {type: Cancellation, from: "2024-01-01"} | MATCH (n:Event {type: 'Cancellation'}) WHERE n.date >= date('2024-01-01') RETURN n.id AS id ORDER BY id
            fundingAwards | filter: {kind: Grant}, orderBy: AMOUNT_DESC | MATCH (n:FundingAward {kind: 'Grant'}) RETURN n.id AS id ORDER BY CASE WHEN n.amountUsd IS NULL AND n.amountUsdMax IS NULL THEN 1 ELSE 0 END, coalesce(n.amountUsd, n.amountUsdMax) DESC, n.id
            fundingAwards | filter: {amountMin: 100000000} | MATCH (n:FundingAward) WHERE n.amountUsd >= 100000000 OR n.amountUsdMax >= 100000000 RETURN n.id AS id ORDER BY id
            fundingAwards | filter: {recipient: "org:abtc"} | MATCH (n:FundingAward)-[:AWARDED_TO]->(:Organization {id: 'org:abtc'}) RETURN n.id AS id ORDER BY id
            sources | filter: {kind: News}, orderBy: PUBLISHED | MATCH (n:Source {kind: 'News'}) RETURN n.id AS id ORDER BY n.published, n.id
            policies | filter: {country: "country:US"}, orderBy: ENACTED | MATCH (n:Policy)-[:ENACTED_BY]->(:Country {id: 'country:US'}) RETURN n.id AS id ORDER BY n.enacted, n.id
            materials | filter: {kind: Mineral}, orderBy: NAME | MATCH (n:Material {kind: 'Mineral'}) RETURN n.id AS id ORDER BY n.name, n.id
            countries | orderBy: NAME | MATCH (n:Country) RETURN n.id AS id ORDER BY n.name, n.id
            subdivisions | filter: {country: "country:US"} | MATCH (n:Subdivision)-[:PART_OF]->(:Country {id: 'country:US'}) RETURN n.id AS id ORDER BY id
            """)
    void aFilteredOrderedListIsWhatCypherFindsAndPagesTheSame(String field, String arguments, String cypher) {
        var expected = driver.executableQuery(cypher).execute().records().stream().map(r -> r.get("id").asString()).toList();
        assertThat(expected).as("seed rows for %s(%s)", field, arguments).isNotEmpty();

        var whole = data("{ %s(first: 100, %s) { totalCount nodes { id } } }".formatted(field, arguments));
        assertThat(whole.getList(field + ".nodes.id", String.class)).isEqualTo(expected);
        assertThat(whole.getInt(field + ".totalCount")).isEqualTo(expected.size());

        var paged = new ArrayList<String>();
        String after = null;
        for (int i = 0; i < 60; i++) {
            var page = data("{ %s(first: 2, %s%s) { nodes { id } pageInfo { hasNextPage endCursor } } }"
                    .formatted(field, arguments, after == null ? "" : ", after: \"" + after + "\""));
            paged.addAll(page.getList(field + ".nodes.id", String.class));
            if (!page.getBoolean(field + ".pageInfo.hasNextPage")) {
                break;
            }
            after = page.getString(field + ".pageInfo.endCursor");
        }
        assertThat(paged).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            { organizations(filter: {type: Startup}) { nodes { id } } }             | OrganizationType
            { fundingAwards(filter: {status: "Terminated"}) { nodes { id } } }     | FundingStatus
            { sources(filter: {kind: Blog}) { nodes { id } } }                      | SourceKind
            { policies(filter: {kind: Tax}) { nodes { id } } }                      | PolicyKind
            { materials(filter: {kind: Metal}) { nodes { id } } }                   | MaterialKind
            { organizations(orderBy: SIZE) { nodes { id } } }                       | OrganizationOrder
            """)
    void aWrongEnumValueInAFilterOrOrderIsAValidationErrorNamingTheValues(String document, String enumName) {
        GraphQL.post(document).statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("the values of " + enumName + " are ["));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            { fundingAwards(filter: {amountMin: 10, amountMax: 5}) { nodes { id } } }                          | amountMax must not be below amountMin
            { fundingAwards(filter: {awardedFrom: "2024-01-02", awardedTo: "2024-01-01"}) { nodes { id } } }    | awardedTo must not be before awardedFrom
            { consortia(filter: {launchedFrom: "2020-01-01", launchedTo: "2019-01-01"}) { nodes { id } } }      | launchedTo must not be before launchedFrom
            { events(filter: {from: "2025-12-31", to: "2025-01-01"}) { nodes { id } } }                         | to must not be before from
            { facilities(filter: {announcedFrom: "2023-01-01", announcedTo: "2022-01-01"}) { nodes { id } } }   | announcedTo must not be before announcedFrom
            { facilities(filter: {cancelledFrom: "2023-01-01", cancelledTo: "2022-01-01"}) { nodes { id } } }   | cancelledTo must not be before cancelledFrom
            { policies(filter: {enactedFrom: "2023-01-01", enactedTo: "2022-01-01"}) { nodes { id } } }         | enactedTo must not be before enactedFrom
            { facilities(filter: {capexFrom: 100, capexTo: 10}) { nodes { id } } }                                 | capexTo must not be below capexFrom
            { sources(filter: {publishedFrom: "2023-01-01", publishedTo: "2022-01-01"}) { nodes { id } } }      | publishedTo must not be before publishedFrom
            """)
    void aReversedRangeIsAnInvalidArgument(String document, String message) {
        GraphQL.post(document).statusCode(200).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString(message));
    }

    /** A place filter off the Earth or of no or two shapes is refused with a message naming the field. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            { facilities(filter: {within: {centre: {latitude: 39, longitude: 200}, radiusKm: 5}}) { nodes { id } } } | within.centre.longitude must be a longitude from -180 to 180, was 200.0
            { deposits(filter: {within: {box: {south: 3, west: 1, north: 2, east: 2}}}) { nodes { id } } }           | within.box.south must not be above within.box.north
            { deposits(filter: {within: {centre: {latitude: 39, longitude: -119}, radiusKm: -0.5}}) { nodes { id } } } | within.radiusKm must be 0 or more, was -0.5
            { facilities(filter: {within: {}}) { nodes { id } } }                                                    | within takes exactly one of centre (with radiusKm) and box
            """)
    void aBadPlaceFilterIsAnInvalidArgumentNamingTheField(String document, String message) {
        GraphQL.post(document).statusCode(200).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString(message)).body("data", nullValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            { fundingAwards(filter: {amountMin: 5, amountMax: 5}) { nodes { id } } }
            { events(filter: {from: "2025-01-01", to: "2025-01-01"}) { nodes { id } } }
            """)
    void aRangeOfOneValueIsAnswered(String document) {
        GraphQL.post(document).statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
    }

    /** Every property a list filters or sorts on (besides ids, which their uniqueness constraints index). */
    @org.junit.jupiter.api.Test
    void everyFilteredOrSortedPropertyHasARangeIndex() {
        var indexed = new java.util.HashSet<String>();
        driver.executableQuery("SHOW INDEXES YIELD labelsOrTypes, properties, type WHERE type = 'RANGE' RETURN *")
                .execute().records().forEach(r -> indexed.add(r.get("labelsOrTypes").get(0).asString() + "."
                        + r.get("properties").get(0).asString()));
        assertThat(indexed).contains("Facility.status", "Facility.type", "Facility.name", "Organization.orgType",
                "Organization.name", "Organization.founded", "Consortium.name", "Consortium.launched", "Event.type",
                "Event.date", "FundingAward.kind", "FundingAward.status", "FundingAward.amountUsd", "FundingAward.amountUsdMin", "FundingAward.amountUsdMax", "FundingAward.awarded",
                "Source.kind", "Source.publisher", "Source.published", "Policy.kind", "Policy.name", "Policy.enacted",
                "Material.kind", "Material.name", "Country.name", "Subdivision.name", "Facility.capexMusd2023",
                "Facility.announced", "Deposit.status", "Deposit.resourceType", "Deposit.name", "Deposit.reservesKtLi");
    }

    private static JsonPath data(String query) {
        var answer = GraphQL.post(query).statusCode(200).extract().jsonPath();
        assertThat(answer.<List<Object>>get("errors")).as("errors of %s", query).isNull();
        return answer.setRootPath("data");
    }
}
