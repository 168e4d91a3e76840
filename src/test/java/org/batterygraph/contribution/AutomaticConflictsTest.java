package org.batterygraph.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.batterygraph.contribution.ContributionTest.ASSERT_RELATIONSHIP;
import static org.batterygraph.contribution.ContributionTest.RETIRE;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
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

/**
 * Conflicts the graph finds itself, as the claims are written (docs/data.md, "Conflicts the graph finds"): one test
 * per kind, and what superseding or retiring one of the two claims does to the conflict.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class AutomaticConflictsTest {

    static final String UPSERT_ORGANIZATION = """
            mutation ($input: OrganizationInput!, $evidence: EvidenceInput!) {
              upsertOrganization(input: $input, evidence: $evidence) { claimIds }
            }""";
    static final String UPSERT_FACILITY = """
            mutation ($input: FacilityInput!, $evidence: EvidenceInput!) {
              upsertFacility(input: $input, evidence: $evidence) { claimIds }
            }""";
    static final String CONFLICTS_OF = """
            query ($id: ID!) { claim(id: $id) { status disputed conflicts { kind active reason claim { id status source { id } } } } }""";

    @Inject
    Driver driver;

    final String editor = Tokens.of("test-editor", "editor");

    @AfterEach
    void removeTestWrites() {
        TestWrites.remove(driver);
    }

    @Test
    void twoSourcesGivingOnePropertyDifferentValuesConflictAndEqualValuesDoNot() {
        organization("source:test-conflict-a", "2025-05-01", "Makes cells", 12);
        var b = organization("source:test-conflict-b", "2025-06-01", "Makes cathodes", 12);

        var description = conflictsOf("claim:org:test-conflicted.description@test-conflict-b");
        assertThat(description.get("disputed")).isEqualTo(true);
        assertThat(conflicts(description)).singleElement().satisfies(c -> {
            assertThat(c.get("kind")).isEqualTo("DifferentValues");
            assertThat(c.get("active")).isEqualTo(true);
            assertThat((String) c.get("reason")).isEqualTo("Different values of description: \"Makes cathodes\" "
                    + "(source:test-conflict-b) and \"Makes cells\" (source:test-conflict-a)");
            assertThat(field(c, "claim", "id")).isEqualTo("claim:org:test-conflicted.description@test-conflict-a");
        });
        assertThat(conflicts(conflictsOf("claim:org:test-conflicted.description@test-conflict-a")))
                .as("the other side lists it too").extracting(c -> field(c, "claim", "id"))
                .containsExactly("claim:org:test-conflicted.description@test-conflict-b");
        assertThat(b).contains("claim:org:test-conflicted.name@test-conflict-b");
        assertThat(conflictsOf("claim:org:test-conflicted.name@test-conflict-b").get("disputed"))
                .as("the same name from both sources").isEqualTo(false);

        // the root list has the pair once, new claim first, with both sources
        List<Map<String, Object>> listed = GraphQL.post("{ conflicts(kind: DifferentValues) { kind claim { id source { id } } counterClaim { id source { id } } } }")
                .statusCode(200).body("errors", nullValue()).extract().path("data.conflicts");
        assertThat(listed).filteredOn(c -> ((String) field(c, "claim", "id")).contains("test-conflicted")).singleElement().satisfies(c -> {
            assertThat(field(c, "claim", "source")).isEqualTo(Map.of("id", "source:test-conflict-b"));
            assertThat(field(c, "counterClaim", "source")).isEqualTo(Map.of("id", "source:test-conflict-a"));
        });

        // repeating the write records nothing new
        var before = TestWrites.counts(driver);
        organization("source:test-conflict-b", "2025-06-01", "Makes cathodes", 12);
        assertThat(TestWrites.counts(driver)).isEqualTo(before);
    }

    @Test
    void numbersAreComparedAsNumbers() {
        facility("facility:test-numbers", "source:test-conflict-a", "Announced", "2025-05-01", Map.of("capacity", 10));
        // a value as an import or the seed writes it: the text "10"
        driver.executableQuery("""
                MATCH (f:Facility {id: 'facility:test-numbers'})
                CREATE (s:Entity:Source {id: 'source:test-conflict-import', title: 'Conflict test import', kind: 'Dataset'})
                CREATE (c:Entity:Claim {id: 'claim:facility:test-numbers.capacity@test-conflict-import', predicate: 'HAS_VALUE',
                        subjectId: f.id, property: 'capacity', value: '10', status: 'Active', evidenceKind: 'Paraphrase',
                        paraphrase: 'capacity 10', confidence: 'medium'})
                CREATE (c)-[:STATED_IN {sources: [s.id]}]->(s), (c)-[:ABOUT {sources: [s.id]}]->(f)""").execute();
        facility("facility:test-numbers", "source:test-conflict-b", "Announced", "2025-05-01", Map.of("capacity", 10.0));
        facility("facility:test-numbers", "source:test-conflict-c", "Announced", "2025-05-01", Map.of("capacity", 10.5));
        assertThat(conflicts(conflictsOf("claim:facility:test-numbers.capacity@test-conflict-b"))).extracting(c -> field(c, "claim", "id"))
                .as("10.0 and the text 10 are one value: b conflicts only with c's 10.5")
                .containsExactly("claim:facility:test-numbers.capacity@test-conflict-c");
        assertThat(conflicts(conflictsOf("claim:facility:test-numbers.capacity@test-conflict-c"))).extracting(c -> field(c, "claim", "id"))
                .as("10.5 is another").containsExactlyInAnyOrder("claim:facility:test-numbers.capacity@test-conflict-a",
                        "claim:facility:test-numbers.capacity@test-conflict-b",
                        "claim:facility:test-numbers.capacity@test-conflict-import");
    }

    @Test
    void twoStatusesForTheSameDateConflictAndStatusesOfDifferentDatesFollowEachOther() {
        facility("facility:test-status", "source:test-conflict-a", "Announced", "2025-03-01", Map.of());
        facility("facility:test-status", "source:test-conflict-b", "Cancelled", "2025-03-01", Map.of());
        facility("facility:test-status", "source:test-conflict-c", "Operational", "2025-09-01", Map.of());

        var sameDay = conflictsOf("claim:facility:test-status.status@test-conflict-b");
        assertThat(conflicts(sameDay)).singleElement().satisfies(c -> {
            assertThat(c.get("kind")).isEqualTo("StatusesOnSameDate");
            assertThat((String) c.get("reason")).isEqualTo(
                    "Different status on 2025-03-01: Cancelled (source:test-conflict-b) and Announced (source:test-conflict-a)");
            assertThat(field(c, "claim", "id")).isEqualTo("claim:facility:test-status.status@test-conflict-a");
        });
        assertThat(conflicts(conflictsOf("claim:facility:test-status.status@test-conflict-c")))
                .as("a later status is a change, not a contradiction").isEmpty();
        assertThat(conflictsOf("claim:facility:test-status.type@test-conflict-c").get("disputed")).isEqualTo(false);
    }

    @Test
    void twoSourcesNamingDifferentOperatorsOfOneFacilityAtOnceConflictAndSeparateTimesDoNot() {
        for (var org : List.of("org:test-op-a", "org:test-op-b", "org:test-op-c")) {
            GraphQL.post(editor, UPSERT_ORGANIZATION, Map.of("input", Map.of("id", org, "name", org, "orgType", "Company"),
                    "evidence", evidence("source:test-conflict-a", "2025-01-01"))).body("errors", nullValue());
        }
        facility("facility:test-operated", "source:test-conflict-a", "Announced", "2025-01-01", Map.of("operatedBy", "org:test-op-a"));
        operates("org:test-op-b", "source:test-conflict-b", Map.of("validFrom", "2024-01-01"));
        operates("org:test-op-c", "source:test-conflict-c", Map.of("validTo", "2023-06-01"));

        var b = conflictsOf("claim:org:test-op-b-OPERATES->facility:test-operated@test-conflict-b");
        assertThat(conflicts(b)).singleElement().satisfies(c -> {
            assertThat(c.get("kind")).isEqualTo("ExclusiveRelationship");
            assertThat((String) c.get("reason")).isEqualTo("Only one OPERATES at a time for facility:test-operated: "
                    + "org:test-op-b (source:test-conflict-b) and org:test-op-a (source:test-conflict-a)");
            assertThat(field(c, "claim", "id")).isEqualTo("claim:org:test-op-a-OPERATES->facility:test-operated@test-conflict-a");
        });
        assertThat(conflicts(conflictsOf("claim:org:test-op-c-OPERATES->facility:test-operated@test-conflict-c")))
                .as("until mid-2023: overlaps the open-ended claim of source a, not b's from 2024")
                .extracting(c -> field(c, "claim", "id"))
                .containsExactly("claim:org:test-op-a-OPERATES->facility:test-operated@test-conflict-a");
        GraphQL.post("{ facility(id: \"facility:test-operated\") { operators { id via { disputed } } } }").statusCode(200)
                .body("data.facility.operators.find { it.id == 'org:test-op-b' }.via.disputed", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void aSourceNamingTwoOperatorsStatesAJointOneNotAContradiction() {
        for (var org : List.of("org:test-op-a", "org:test-op-b", "org:test-op-c")) {
            GraphQL.post(editor, UPSERT_ORGANIZATION, Map.of("input", Map.of("id", org, "name", org, "orgType", "Company"),
                    "evidence", evidence("source:test-conflict-a", "2025-01-01"))).body("errors", nullValue());
        }
        facility("facility:test-operated", "source:test-conflict-a", "Announced", "2025-01-01", Map.of("operatedBy", "org:test-op-a"));
        operates("org:test-op-b", "source:test-conflict-a", Map.of());
        operates("org:test-op-a", "source:test-conflict-b", Map.of());
        assertThat(conflicts(conflictsOf("claim:org:test-op-a-OPERATES->facility:test-operated@test-conflict-b")))
                .as("source a names both a and b; b names a: no contradiction").isEmpty();
        assertThat(conflicts(conflictsOf("claim:org:test-op-b-OPERATES->facility:test-operated@test-conflict-a"))).isEmpty();

        operates("org:test-op-c", "source:test-conflict-c", Map.of());
        assertThat(conflicts(conflictsOf("claim:org:test-op-c-OPERATES->facility:test-operated@test-conflict-c")))
                .extracting(c -> field(c, "claim", "id")).containsExactlyInAnyOrder(
                        "claim:org:test-op-a-OPERATES->facility:test-operated@test-conflict-a",
                        "claim:org:test-op-a-OPERATES->facility:test-operated@test-conflict-b",
                        "claim:org:test-op-b-OPERATES->facility:test-operated@test-conflict-a");
    }

    @Test
    void aSupersededOrRetiredClaimKeepsItsConflictsInactiveAndIsNoLongerDisputed() {
        organization("source:test-conflict-a", "2025-05-01", "Makes cells", 12);
        organization("source:test-conflict-b", "2025-06-01", "Makes cathodes", 12);
        var a = "claim:org:test-conflicted.description@test-conflict-a";
        var b = "claim:org:test-conflicted.description@test-conflict-b";
        assertThat(conflictsOf(b).get("disputed")).isEqualTo(true);

        // source a now agrees with b: its earlier claim is superseded, the conflict stays in the record, inactive
        organization("source:test-conflict-a", "2025-07-01", "Makes cathodes", 12);
        var superseded = conflictsOf(a);
        assertThat(superseded.get("status")).isEqualTo("Superseded");
        assertThat(superseded.get("disputed")).isEqualTo(false);
        assertThat(conflicts(superseded)).singleElement().satisfies(c -> {
            assertThat(c.get("active")).isEqualTo(false);
            assertThat(field(c, "claim", "id")).isEqualTo(b);
        });
        assertThat(conflictsOf(b).get("disputed")).as("b's only rival is superseded").isEqualTo(false);
        assertThat(conflicts(conflictsOf(a + "~2"))).as("a's new claim agrees with b").isEmpty();
        assertThat(activeListed()).doesNotContain(a + " / " + b, b + " / " + a);

        // a third source disagrees with both; retiring its claim leaves both conflicts inactive
        organization("source:test-conflict-c", "2025-08-01", "Makes anodes", 12);
        var c = "claim:org:test-conflicted.description@test-conflict-c";
        assertThat(conflicts(conflictsOf(c))).extracting(x -> field(x, "claim", "id")).containsExactlyInAnyOrder(a + "~2", b);
        assertThat(activeListed()).contains(c + " / " + a + "~2", c + " / " + b);
        GraphQL.post(Tokens.of("test-admin", "admin"), RETIRE, Map.of("id", c, "reason", "misread")).body("errors", nullValue());
        assertThat(conflicts(conflictsOf(c))).hasSize(2).allSatisfy(x -> assertThat(x.get("active")).isEqualTo(false));
        assertThat(conflictsOf(b).get("disputed")).isEqualTo(false);
        assertThat(activeListed()).noneMatch(pair -> pair.contains("test-conflicted"));
    }

    private List<String> organization(String source, String assertedOn, String description, int founded) {
        var input = Map.<String, Object>of("id", "org:test-conflicted", "name", "Conflicted Cells", "orgType", "Company",
                "description", description, "founded", "20" + founded + "-01-01");
        return GraphQL.post(editor, UPSERT_ORGANIZATION, Map.of("input", input, "evidence", evidence(source, assertedOn)))
                .statusCode(200).body("errors", nullValue()).extract().path("data.upsertOrganization.claimIds");
    }

    private void facility(String id, String source, String status, String assertedOn, Map<String, Object> more) {
        var input = new HashMap<String, Object>(Map.of("id", id, "name", "Conflicted plant", "type", "CellGigafactory", "status", status));
        input.putAll(more);
        if (input.containsKey("capacity")) {
            input.put("capacityUnit", "GWH_PER_YEAR");
        }
        GraphQL.post(editor, UPSERT_FACILITY, Map.of("input", input, "evidence", evidence(source, assertedOn)))
                .statusCode(200).body("errors", nullValue());
    }

    private void operates(String org, String source, Map<String, Object> validity) {
        var input = new HashMap<String, Object>(Map.of("from", org, "type", "OPERATES", "to", "facility:test-operated"));
        input.putAll(validity);
        GraphQL.post(editor, ASSERT_RELATIONSHIP, Map.of("input", input, "evidence", evidence(source, "2025-02-01")))
                .statusCode(200).body("errors", nullValue());
    }

    private static Map<String, Object> evidence(String source, String assertedOn) {
        return Map.of("sourceId", source, "newSource", Map.of("title", "Conflict test " + source, "kind", "News"),
                "kind", "Paraphrase", "paraphrase", "as " + source + " reports it", "assertedOn", assertedOn);
    }

    private static Map<String, Object> conflictsOf(String claimId) {
        Map<String, Object> claim = GraphQL.post(CONFLICTS_OF, Map.of("id", claimId)).statusCode(200).body("errors", nullValue())
                .extract().path("data.claim");
        assertThat(claim).as(claimId).isNotNull();
        return claim;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> conflicts(Map<String, Object> claim) {
        return (List<Map<String, Object>>) claim.get("conflicts");
    }

    /** The root list's active pairs, as "claim / counterClaim". */
    private static List<String> activeListed() {
        List<Map<String, Object>> listed = GraphQL.post("{ conflicts { claim { id } counterClaim { id } } }").statusCode(200)
                .body("errors", nullValue()).extract().path("data.conflicts");
        return listed.stream().map(c -> field(c, "claim", "id") + " / " + field(c, "counterClaim", "id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Object field(Map<String, Object> map, String key, String inner) {
        return ((Map<String, Object>) map.get(key)).get(inner);
    }
}
