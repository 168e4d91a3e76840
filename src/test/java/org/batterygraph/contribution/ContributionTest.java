package org.batterygraph.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.batterygraph.GraphQL.NO_STACK_TRACE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.batterygraph.TestWrites;
import org.batterygraph.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Mutations against the real graph: validated, one transaction, idempotent, traceable, retire-not-delete. */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class ContributionTest {

    static final String UPSERT_ORGANIZATION = """
            mutation ($input: OrganizationInput!, $evidence: EvidenceInput!) {
              upsertOrganization(input: $input, evidence: $evidence) {
                created claimIds organization { id name orgType aliases founded claims { property value quote recordedBy source { id } } }
              }
            }""";
    static final String UPSERT_FACILITY = """
            mutation ($input: FacilityInput!, $evidence: EvidenceInput!) {
              upsertFacility(input: $input, evidence: $evidence) {
                created claimIds facility { id status capacity capacityUnit capacityUnitLabel operators { id } }
              }
            }""";
    static final String ASSERT_RELATIONSHIP = """
            mutation ($input: RelationshipInput!, $evidence: EvidenceInput!) {
              assertRelationship(input: $input, evidence: $evidence) { from type to claimId }
            }""";
    static final String RETIRE = """
            mutation ($id: ID!, $reason: String!) {
              retireClaim(id: $id, reason: $reason) { id status retiredBy retiredAt retiredReason quote paraphrase }
            }""";

    static final Map<String, Object> NEW_SOURCE = Map.of("sourceId", "source:test-press-release",
            "newSource", Map.of("title", "Test press release", "kind", "News", "url", "https://example.org/release",
                    "published", "2025-06-01"),
            "quote", "Test Cells Inc. will build a 10 GWh plant in Nevada", "assertedOn", "2025-06-01", "confidence", "high");

    @Inject
    Driver driver;

    final String editor = Tokens.of("test-editor", "editor");

    @AfterEach
    void removeTestWrites() {
        TestWrites.remove(driver);
    }

    @Test
    void upsertCreatesTheOrganizationWithOneClaimPerValueAndRepeatingItChangesNothing() {
        var input = Map.<String, Object>of("id", "org:test-cells", "name", "Test Cells Inc.", "orgType", "Company",
                "aliases", List.of("TCI"), "founded", "2020-03-01", "headquarteredIn", "subdivision:US-NV");
        var variables = Map.<String, Object>of("input", input, "evidence", NEW_SOURCE);

        GraphQL.post(editor, UPSERT_ORGANIZATION, variables).statusCode(200)
                .body("errors", nullValue())
                .body("data.upsertOrganization.created", equalTo(true))
                .body("data.upsertOrganization.organization.name", equalTo("Test Cells Inc."))
                .body("data.upsertOrganization.organization.aliases", contains("TCI"))
                .body("data.upsertOrganization.claimIds", contains(
                        "claim:org:test-cells.name@test-press-release", "claim:org:test-cells.orgType@test-press-release",
                        "claim:org:test-cells.aliases@test-press-release", "claim:org:test-cells.founded@test-press-release",
                        "claim:org:test-cells-HEADQUARTERED_IN->subdivision:US-NV@test-press-release"));
        var afterFirst = TestWrites.counts(driver);

        GraphQL.post(editor, UPSERT_ORGANIZATION, variables).statusCode(200)
                .body("errors", nullValue())
                .body("data.upsertOrganization.created", equalTo(false));
        assertThat(TestWrites.counts(driver)).as("a repeated upsert creates nothing").isEqualTo(afterFirst);

        var claim = driver.executableQuery("""
                MATCH (c:Claim {id: 'claim:org:test-cells.founded@test-press-release'})-[:STATED_IN]->(s:Source)
                MATCH (c)-[:ABOUT]->(o:Organization)-[h:HEADQUARTERED_IN]->(:Subdivision {id: 'subdivision:US-NV'})
                RETURN c.quote AS quote, c.value AS value, c.recordedBy AS by, s.title AS title, h.sources AS sources""")
                .execute().records();
        assertThat(claim).hasSize(1);
        assertThat(claim.get(0).get("quote").asString()).isEqualTo("Test Cells Inc. will build a 10 GWh plant in Nevada");
        assertThat(claim.get(0).get("value").asString()).isEqualTo("2020-03-01");
        assertThat(claim.get(0).get("by").asString()).isEqualTo("test-editor");
        assertThat(claim.get(0).get("title").asString()).isEqualTo("Test press release");
        assertThat(claim.get(0).get("sources").asList()).containsExactly("source:test-press-release");
    }

    @Test
    void aChangedValueIsANewClaimTheEarlierIsSupersededAndTheNodeFollowsTheValueRule() {
        createTestOrganization();
        var capacity = (java.util.function.BiFunction<Map<String, Object>, Double, String>) (evidence, gwh) -> GraphQL.post(editor, """
                mutation ($input: FacilityInput!, $evidence: EvidenceInput!) {
                  upsertFacility(input: $input, evidence: $evidence) { claimIds facility { capacity } }
                }""", Map.of("input", Map.of("id", "facility:test-history", "name", "History plant", "type", "CellGigafactory",
                "status", "Announced", "capacity", gwh, "capacityUnit", "GWH_PER_YEAR"), "evidence", evidence))
                .statusCode(200).body("errors", nullValue()).extract().<List<String>>path("data.upsertFacility.claimIds").stream()
                .filter(id -> id.contains(".capacity@")).findFirst().orElseThrow();
        var first = capacity.apply(evidence("source:test-history-a", "medium", "2025-06-01"), 10.0);
        assertThat(first).isEqualTo("claim:facility:test-history.capacity@test-history-a");
        var second = capacity.apply(evidence("source:test-history-a", "medium", "2025-07-01"), 12.0);
        assertThat(second).as("a changed value from the same source is a new claim").isEqualTo(first + "~2");
        GraphQL.post("{ claim(id: \"" + first + "\") { status value supersededBy supersededAt recordedBy } }").statusCode(200)
                .body("data.claim.status", equalTo("Superseded"))
                .body("data.claim.value", equalTo("10.0"))
                .body("data.claim.supersededBy", equalTo(second))
                .body("data.claim.supersededAt", notNullValue())
                .body("data.claim.recordedBy", equalTo("test-editor"));
        assertThat(capacityAndItsClaim()).isEqualTo(List.of(12.0f, second));

        var lessSure = capacity.apply(evidence("source:test-history-b", "low", "2025-08-01"), 20.0);
        assertThat(capacityAndItsClaim()).as("a less confident source does not change the value").isEqualTo(List.of(12.0f, second));
        var later = capacity.apply(evidence("source:test-history-c", "medium", "2025-09-01"), 15.0);
        assertThat(capacityAndItsClaim()).as("as confident and asserted later: its value wins").isEqualTo(List.of(15.0f, later));
        GraphQL.post("{ claim(id: \"" + lessSure + "\") { status } }").statusCode(200).body("data.claim.status", equalTo("Active"));

        var repeated = capacity.apply(evidence("source:test-history-c", "medium", "2025-09-01"), 15.0);
        assertThat(repeated).as("the same value again from the same source is the same claim").isEqualTo(later);
    }

    private static Map<String, Object> evidence(String sourceId, String confidence, String assertedOn) {
        return Map.of("sourceId", sourceId, "newSource", Map.of("title", "History " + sourceId, "kind", "News"),
                "paraphrase", "capacity as of " + assertedOn, "kind", "Paraphrase", "assertedOn", assertedOn, "confidence", confidence);
    }

    /** The facility's capacity and the claim valueClaims names for it (by the value rule). */
    private static List<Object> capacityAndItsClaim() {
        List<Map<String, Object>> values = GraphQL.post("""
                { facility(id: "facility:test-history") { capacity valueClaims { property claim { id evidenceKind paraphrasedBy } } } }""")
                .statusCode(200).body("errors", nullValue()).extract().path("data.facility.valueClaims");
        var capacity = values.stream().filter(v -> v.get("property").equals("capacity")).findFirst().orElseThrow();
        var claim = (Map<?, ?>) capacity.get("claim");
        assertThat(claim.get("evidenceKind")).isEqualTo("Paraphrase");
        assertThat(claim.get("paraphrasedBy")).isEqualTo("test-editor");
        assertThat(values).extracting(v -> v.get("property")).as("one entry per property, in order")
                .containsExactly("capacity", "capacityUnit", "name", "status", "type");
        Number value = GraphQL.post("{ facility(id: \"facility:test-history\") { capacity } }").statusCode(200)
                .extract().path("data.facility.capacity");
        return List.of(value.floatValue(), claim.get("id"));
    }

    @Test
    void upsertFacilityConnectsOperatorPlaceAndProductsInTheSameTransaction() {
        createTestOrganization();
        var input = Map.<String, Object>of("id", "facility:test-plant", "name", "Test plant", "type", "CellGigafactory",
                "status", "Announced", "capacity", 10.0, "capacityUnit", "GWH_PER_YEAR", "operatedBy", "org:test-cells",
                "locatedIn", "subdivision:US-NV", "produces", List.of("material:nmc-cells"));

        GraphQL.post(editor, UPSERT_FACILITY, Map.of("input", input, "evidence", NEW_SOURCE)).statusCode(200)
                .body("errors", nullValue())
                .body("data.upsertFacility.created", equalTo(true))
                .body("data.upsertFacility.facility.capacityUnit", equalTo("GWH_PER_YEAR"))
                .body("data.upsertFacility.facility.capacityUnitLabel", equalTo("GWh/yr"))
                .body("data.upsertFacility.facility.operators.id", contains("org:test-cells"));

        var links = driver.executableQuery("""
                MATCH (f:Facility {id: 'facility:test-plant'})-[r]-(other)
                WHERE type(r) IN ['OPERATES', 'LOCATED_IN', 'PRODUCES']
                RETURN type(r) AS type, other.id AS other, r.sources AS sources, r.claims AS claims ORDER BY type""")
                .execute().records();
        assertThat(links).extracting(r -> r.get("type").asString() + " " + r.get("other").asString())
                .containsExactly("LOCATED_IN subdivision:US-NV", "OPERATES org:test-cells", "PRODUCES material:nmc-cells");
        assertThat(links).allSatisfy(r -> assertThat(r.get("sources").asList()).containsExactly("source:test-press-release"));
    }

    @Test
    void aWriteNamingAMissingOrWrongKindOfNodeIsRefusedAndWritesNothingNotEvenItsNewSource() {
        var before = TestWrites.counts(driver);
        var input = Map.<String, Object>of("id", "facility:test-orphan", "name", "Orphan", "type", "Mine",
                "status", "Operational", "operatedBy", "org:test-nobody", "locatedIn", "org:abtc");

        GraphQL.post(editor, UPSERT_FACILITY, Map.of("input", input, "evidence", NEW_SOURCE)).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("input.operatedBy: there is no organization with id \"org:test-nobody\""))
                .body("errors[0].message", containsString("input.locatedIn: there is no subdivision or country with id \"org:abtc\""))
                .body(NO_STACK_TRACE);

        assertThat(TestWrites.counts(driver)).isEqualTo(before);
    }

    @Test
    void malformedValuesAreAllReportedAtOnceBeforeAnyCypherRuns() {
        var before = TestWrites.counts(driver);
        var input = Map.<String, Object>of("id", "organization:Test Cells!", "name", " ", "orgType", "Company",
                "website", "javascript:alert(1)", "founded", "2999-01-01", "ticker", "abc def");
        var evidence = Map.<String, Object>of("sourceId", "source:S6", "quote", "", "assertedOn", "2999-01-01");

        GraphQL.post(editor, UPSERT_ORGANIZATION, Map.of("input", input, "evidence", evidence)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("input.id: \"organization:Test Cells!\" is not a valid id"))
                .body("errors[0].message", containsString("input.name:"))
                .body("errors[0].message", containsString("input.website: an http(s) address is expected"))
                .body("errors[0].message", containsString("input.founded: 2999-01-01 is in the future"))
                .body("errors[0].message", containsString("input.ticker:"))
                .body("errors[0].message", containsString("evidence.quote:"))
                .body("errors[0].message", containsString("evidence.assertedOn: 2999-01-01 is in the future"));

        assertThat(TestWrites.counts(driver)).isEqualTo(before);
    }

    @Test
    void valuesOutsideTheModelsEnumsAndUnitsAreRefusedByTheSchema() {
        var input = Map.<String, Object>of("id", "facility:test-plant", "name", "Test plant", "type", "Spaceport",
                "status", "Announced", "capacity", 10.0, "capacityUnit", "MWh");
        GraphQL.post(editor, UPSERT_FACILITY, Map.of("input", input, "evidence", NEW_SOURCE)).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("Spaceport"))
                .body(NO_STACK_TRACE);

        var noUnit = Map.<String, Object>of("id", "facility:test-plant", "name", "Test plant", "type", "Mine",
                "status", "Announced", "capacity", 10.0);
        GraphQL.post(editor, UPSERT_FACILITY, Map.of("input", noUnit, "evidence", NEW_SOURCE)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("input.capacityUnit: a capacity needs its unit"));
    }

    @Test
    void aRelationshipMustJoinTheKindsItsTypeAllowsAndCarryOnlyItsOwnProperties() {
        createTestOrganization();
        GraphQL.post(editor, ASSERT_RELATIONSHIP, Map.of("evidence", NEW_SOURCE, "input",
                Map.of("from", "org:test-cells", "type", "MEMBER_OF", "to", "consortium:eba", "role", "Member")))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.assertRelationship.claimId", equalTo("claim:org:test-cells-MEMBER_OF->consortium:eba@test-press-release"));
        var role = driver.executableQuery("""
                MATCH (:Organization {id: 'org:test-cells'})-[m:MEMBER_OF]->(:Consortium {id: 'consortium:eba'})
                RETURN m.role AS role""").execute().records();
        assertThat(role).extracting(r -> r.get("role").asString()).containsExactly("Member");

        GraphQL.post(editor, ASSERT_RELATIONSHIP, Map.of("evidence", NEW_SOURCE, "input",
                Map.of("from", "consortium:eba", "type", "MEMBER_OF", "to", "org:test-cells")))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("input.from: there is no organization with id \"consortium:eba\""));
        GraphQL.post(editor, ASSERT_RELATIONSHIP, Map.of("evidence", NEW_SOURCE, "input",
                Map.of("from", "org:test-cells", "type", "OPERATES", "to", "facility:koreplex", "role", "Boss", "share", 2)))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("input.role: only MEMBER_OF and INVOLVES carry a role"))
                .body("errors[0].message", containsString("input.share: 2.0 is out of range (0 to 1)"));

        var before = TestWrites.counts(driver);
        GraphQL.post(editor, ASSERT_RELATIONSHIP, Map.of("evidence", NEW_SOURCE, "input",
                Map.of("from", "org:test-cells", "type", "MEMBER_OF", "to", "consortium:eba", "role", "Boss")))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString(
                        "input.role: Boss is not a MEMBER_OF role; expected one of [Member, Founder, Convenor, Coordinator, Participant]"));
        GraphQL.post(editor, ASSERT_RELATIONSHIP, Map.of("evidence", NEW_SOURCE, "input",
                Map.of("from", "org:test-cells", "type", "ABOUT", "to", "consortium:eba")))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("input.type: ABOUT is written by the API and imports, not asserted"));
        assertThat(TestWrites.counts(driver)).isEqualTo(before);
    }

    @Test
    void anUnknownSourceMustBeDescribedBeforeItCanBeCited() {
        var evidence = Map.<String, Object>of("sourceId", "source:test-unknown", "quote", "q", "assertedOn", "2025-01-01");
        GraphQL.post(editor, UPSERT_ORGANIZATION, Map.of("evidence", evidence, "input",
                Map.of("id", "org:test-cells", "name", "Test Cells Inc.", "orgType", "Company")))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("evidence.sourceId: there is no source with id \"source:test-unknown\""));
        assertThat(driver.executableQuery("MATCH (n:Entity {id: 'org:test-cells'}) RETURN n").execute().records()).isEmpty();
    }

    @Test
    void retiringAClaimKeepsItMarkedWithWhoWhenAndWhyAndOnlyTheFirstRetirementCounts() {
        var claimId = "claim:facility:koreplex.jobs@S4";
        var admin = Tokens.of("test-admin", "admin");

        GraphQL.post(admin, RETIRE, Map.of("id", claimId, "reason", "Superseded by the cancellation")).statusCode(200)
                .body("errors", nullValue())
                .body("data.retireClaim.status", equalTo("Retired"))
                .body("data.retireClaim.retiredBy", equalTo("test-admin"))
                .body("data.retireClaim.retiredReason", equalTo("Superseded by the cancellation"))
                .body("data.retireClaim.paraphrase", equalTo("3,000 jobs"));
        GraphQL.post(Tokens.of("test-admin-2", "admin"), RETIRE, Map.of("id", claimId, "reason", "again")).statusCode(200)
                .body("data.retireClaim.retiredBy", equalTo("test-admin"))
                .body("data.retireClaim.retiredReason", equalTo("Superseded by the cancellation"));

        GraphQL.post("{ claim(id: \"" + claimId + "\") { status retiredAt source { id } } }").statusCode(200)
                .body("data.claim.status", equalTo("Retired"))
                .body("data.claim.source.id", equalTo("source:S4"));
        GraphQL.post(admin, RETIRE, Map.of("id", "claim:test-none", "reason", "x"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    private void createTestOrganization() {
        GraphQL.post(editor, UPSERT_ORGANIZATION, Map.of("evidence", NEW_SOURCE, "input",
                Map.of("id", "org:test-cells", "name", "Test Cells Inc.", "orgType", "Company")))
                .body("errors", nullValue());
    }
}
