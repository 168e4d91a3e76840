package org.batterygraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.batterygraph.TestWrites;
import org.batterygraph.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Dates say how much of them is known and where they come from (a month-only fact is Month, not a silent 1st; a
 * date the source does not give is Estimated), and an amount a source gives as a range keeps both ends, with
 * filters and orders following the documented rule (docs/data.md, "Dates and ranges").
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class DatesAndRangesTest {

    @Inject
    Driver driver;

    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # event id                          | date       | precision | basis
            event:koreplex-cancelled             | 2025-02-01 | Month     | Stated
            event:giga-america-cancelled         | 2025-01-21 | Day       | Stated
            event:giga-america-announced         | 2022-11-01 | Month     | Stated
            event:giga-america-site-sold         | 2025-02-01 | Month     | Estimated
            event:abtc-recycling-grant-selected  | 2024-09-01 | Month     | Stated
            event:naatbatt-founded               | 2008-12-01 | Month     | Stated
            event:kore-ceo-change                |            |           |
            """)
    void anEventsDateCarriesItsPrecisionAndBasis(String id, String date, String precision, String basis) {
        var event = data("query ($id: ID!) { event(id: $id) { date datePrecision dateBasis } }", Map.of("id", id));
        assertThat(event.getString("event.date")).isEqualTo(date);
        assertThat(event.getString("event.datePrecision")).isEqualTo(precision);
        assertThat(event.getString("event.dateBasis")).isEqualTo(basis);
    }

    @Test
    void aFacilitysDatesAndStatusHistoryCarryTheirPrecision() {
        var answer = data("""
                { facility(id: "facility:giga-america") {
                    announced announcedPrecision announcedBasis cancelled cancelledPrecision cancelledBasis
                    statusHistory { date datePrecision dateBasis status }
                    events { id datePrecision } } }
                """, Map.of());
        assertThat(answer.getString("facility.announced")).isEqualTo("2022-11-01");
        assertThat(answer.getString("facility.announcedPrecision")).isEqualTo("Month");
        assertThat(answer.getString("facility.announcedBasis")).isEqualTo("Stated");
        assertThat(answer.getString("facility.cancelled")).isEqualTo("2025-01-21");
        assertThat(answer.getString("facility.cancelledPrecision")).isEqualTo("Day");
        assertThat(answer.getString("facility.cancelledBasis")).isEqualTo("Stated");
        List<Map<String, Object>> history = answer.getList("facility.statusHistory");
        assertThat(history).extracting(h -> h.get("date") + " " + h.get("datePrecision") + " " + h.get("dateBasis") + " " + h.get("status"))
                .containsExactly("2022-11-01 Month Stated Announced", "2025-01-21 Day Stated Cancelled");
        // read through the nested projection of the facility's one query
        List<Map<String, Object>> events = answer.getList("facility.events");
        assertThat(events).extracting(e -> e.get("id") + " " + e.get("datePrecision"))
                .contains("event:giga-america-announced Month", "event:giga-america-cancelled Day", "event:giga-america-site-sold Month");
        var opened = data("{ facility(id: \"facility:green-li-ion-atoka\") { opened openedPrecision openedBasis } }", Map.of());
        assertThat(opened.getString("facility.opened")).isEqualTo("2024-04-01");
        assertThat(opened.getString("facility.openedPrecision")).isEqualTo("Month");
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            award:doe-abtc-lioh-2022       | 2022-10-01 | Month | Stated
            award:doe-ascend-elements-2022 | 2022-10-19 | Day   | Stated
            award:doe-kore-loan-2023       | 2023-01-01 | Year  | Stated
            award:bmbf-ffb-2019            | 2019-06-01 | Month | Estimated
            """)
    void anAwardsDateCarriesItsPrecisionAndBasis(String id, String date, String precision, String basis) {
        var award = data("query ($id: ID!) { fundingAward(id: $id) { awarded awardedPrecision awardedBasis } }", Map.of("id", id));
        assertThat(award.getString("fundingAward.awarded")).isEqualTo(date);
        assertThat(award.getString("fundingAward.awardedPrecision")).isEqualTo(precision);
        assertThat(award.getString("fundingAward.awardedBasis")).isEqualTo(basis);
    }

    @Test
    void launchAndFoundingDatesCarryTheirPrecision() {
        var answer = data("""
                { eba: consortium(id: "consortium:eba") { launched launchedPrecision launchedBasis }
                  liBridge: consortium(id: "consortium:li-bridge") { launched launchedPrecision }
                  greenLiIon: organization(id: "org:green-li-ion") { founded foundedPrecision foundedBasis } }
                """, Map.of());
        assertThat(answer.getString("eba.launched")).isEqualTo("2017-10-01");
        assertThat(answer.getString("eba.launchedPrecision")).isEqualTo("Month");
        assertThat(answer.getString("eba.launchedBasis")).isEqualTo("Stated");
        assertThat(answer.getString("liBridge.launchedPrecision")).isEqualTo("Day");
        assertThat(answer.getString("greenLiIon.founded")).isEqualTo("2020-01-01");
        assertThat(answer.getString("greenLiIon.foundedPrecision")).isEqualTo("Year");
    }

    /** A date written through the API is a full date the source states: it reads as Day and Stated. */
    @Test
    void aDateWrittenThroughTheApiIsToTheDayAndStated() {
        var evidence = Map.<String, Object>of("sourceId", "source:test-dated-release",
                "newSource", Map.of("title", "Test release with dates", "kind", "News", "url", "https://example.org/dated",
                        "published", "2025-06-01"),
                "quote", "The Test Dated plant opened on 6 May 2024", "assertedOn", "2025-06-01", "confidence", "high");
        var input = Map.<String, Object>of("id", "facility:test-dated", "name", "Test Dated plant", "type", "Recycling",
                "status", "Operational", "opened", "2024-05-06");
        GraphQL.post(Tokens.of("test-editor", "editor"), """
                mutation ($input: FacilityInput!, $evidence: EvidenceInput!) {
                  upsertFacility(input: $input, evidence: $evidence) { facility { id } } }
                """, Map.of("input", input, "evidence", evidence)).statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
        var answer = data("{ facility(id: \"facility:test-dated\") { opened openedPrecision openedBasis announced announcedPrecision } }", Map.of());
        assertThat(answer.getString("facility.opened")).isEqualTo("2024-05-06");
        assertThat(answer.getString("facility.openedPrecision")).isEqualTo("Day");
        assertThat(answer.getString("facility.openedBasis")).isEqualTo("Stated");
        assertThat(answer.<Object>get("facility.announced")).isNull();
        assertThat(answer.<Object>get("facility.announcedPrecision")).isNull();
    }

    @AfterEach
    void removeTestWrites() {
        TestWrites.remove(driver);
    }

    /** Every date of the seed says its precision and basis; none is a bare date. */
    @Test
    void noSeedDateIsBare() {
        var bare = driver.executableQuery("""
                MATCH (n:Event|Facility|FundingAward|Consortium|Organization)
                WHERE n.createdBy IS NULL
                UNWIND [k IN ['date', 'announced', 'opened', 'cancelled', 'awarded', 'launched', 'founded'] WHERE n[k] IS NOT NULL] AS k
                WITH n, k WHERE n[k + 'Precision'] IS NULL OR n[k + 'Basis'] IS NULL
                RETURN n.id + '.' + k AS bare ORDER BY bare
                """).execute().records().stream().map(r -> r.get("bare").asString()).toList();
        assertThat(bare).isEmpty();
        long dated = driver.executableQuery("""
                MATCH (n:Event|Facility|FundingAward|Consortium|Organization) WHERE n.createdBy IS NULL
                RETURN sum(size([k IN ['date', 'announced', 'opened', 'cancelled', 'awarded', 'launched', 'founded'] WHERE n[k] IS NOT NULL])) AS dated
                """).execute().records().get(0).get("dated").asLong();
        assertThat(dated).isGreaterThanOrEqualTo(40);
    }

    @Test
    void aRangeStaysARangeWithAClaimForEachEnd() {
        var answer = data("""
                { fundingAward(id: "award:doe-abtc-recycling-2024") {
                    amountUsd amountUsdMin amountUsdMax
                    claims { property value paraphrase source { id } } }
                  event(id: "event:abtc-recycling-grant-selected") { amountUsd amountUsdMin amountUsdMax } }
                """, Map.of());
        assertThat(answer.<Object>get("fundingAward.amountUsd")).isNull();
        assertThat(answer.getDouble("fundingAward.amountUsdMin")).isEqualTo(144_000_000d);
        assertThat(answer.getDouble("fundingAward.amountUsdMax")).isEqualTo(150_000_000d);
        List<Map<String, Object>> claims = answer.getList("fundingAward.claims");
        assertThat(claims).filteredOn(c -> c.get("property") != null && ((String) c.get("property")).startsWith("amount"))
                .extracting(c -> c.get("property") + "=" + c.get("value"))
                .containsExactlyInAnyOrder("amountUsdMin=144000000", "amountUsdMax=150000000");
        assertThat(answer.<Object>get("event.amountUsd")).isNull();
        assertThat(answer.getDouble("event.amountUsdMin")).isEqualTo(144_000_000d);
        assertThat(answer.getDouble("event.amountUsdMax")).isEqualTo(150_000_000d);
    }

    /** The filter rule: an award given as a range matches when any part of its range lies within the filter's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            amountMin: 145000000                       | award:doe-abtc-recycling-2024 award:doe-ascend-elements-2022 award:doe-kore-loan-2023 award:doe-lac-thacker-pass-loan-2024
            amountMin: 150000001                       | award:doe-ascend-elements-2022 award:doe-kore-loan-2023 award:doe-lac-thacker-pass-loan-2024
            amountMax: 144000000                       | award:abtc-48c-20m-2024 award:abtc-48c-40m-2024 award:doe-abtc-lioh-2022 award:doe-abtc-recycling-2024
            amountMax: 143999999                       | award:abtc-48c-20m-2024 award:abtc-48c-40m-2024 award:doe-abtc-lioh-2022
            amountMin: 145000000, amountMax: 146000000 | award:doe-abtc-recycling-2024
            amountMin: 150000000, amountMax: 150000000 | award:doe-abtc-recycling-2024
            """)
    void anAmountFilterMatchesARangeThatReachesIt(String filter, String ids) {
        var answer = data("{ fundingAwards(first: 100, filter: {%s}) { totalCount nodes { id } } }".formatted(filter), Map.of());
        assertThat(answer.getList("fundingAwards.nodes.id", String.class)).containsExactly(ids.split(" "));
        assertThat(answer.getInt("fundingAwards.totalCount")).isEqualTo(ids.split(" ").length);
    }

    /** The order rule: a range sorts by its maximum; an award without an amount comes last. */
    @Test
    void largestFirstSortsARangeByItsMaximumAndAwardsWithoutAmountLast() {
        var answer = data("{ fundingAwards(filter: {kind: Grant}, orderBy: AMOUNT_DESC) { nodes { id } } }", Map.of());
        assertThat(answer.getList("fundingAwards.nodes.id", String.class)).containsExactly("award:doe-ascend-elements-2022",
                "award:doe-abtc-recycling-2024", "award:doe-abtc-lioh-2022", "award:bmbf-ffb-2019");
    }

    private static JsonPath data(String query, Map<String, Object> variables) {
        var answer = GraphQL.post(query, variables).statusCode(200).extract().jsonPath();
        assertThat(answer.<List<Object>>get("errors")).as("errors of %s", query).isNull();
        return answer.setRootPath("data");
    }
}
