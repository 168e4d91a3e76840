package org.batterygraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every fact is traceable to a source, and disagreements are kept side by side. */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class ProvenanceTest {

    @Inject
    Driver driver;

    @Test
    void everyRelationshipHasAtLeastOneExistingSource() {
        var record = driver.executableQuery("""
                MATCH ()-[r]->()
                RETURN count(r) AS relationships,
                       count(CASE WHEN size(coalesce(r.sources, [])) = 0 THEN 1 END) AS unsourced,
                       count(CASE WHEN any(id IN coalesce(r.sources, []) WHERE NOT EXISTS { (:Source {id: id}) }) THEN 1 END) AS dangling
                """).execute().records().get(0);
        assertThat(record.get("relationships").asLong()).isGreaterThan(1000);
        assertThat(record.get("unsourced").asLong()).isZero();
        assertThat(record.get("dangling").asLong()).isZero();
    }

    @Test
    void everyDomainRelationshipHasClaimsWithQuoteAndSource() {
        var bad = driver.executableQuery("""
                MATCH ()-[r]->() WHERE NOT type(r) IN ['STATED_IN', 'ABOUT', 'CONFLICTS_WITH', 'OF_MATERIAL', 'FOR_COUNTRY']
                  AND (size(coalesce(r.claims, [])) = 0
                       OR any(id IN r.claims WHERE NOT EXISTS { (c:Claim {id: id})-[:STATED_IN]->(:Source) WHERE coalesce(c.quote, c.paraphrase) IS NOT NULL }))
                RETURN count(r) AS bad
                """).execute().records().get(0).get("bad").asLong();
        assertThat(bad).isZero();
    }

    @Test
    void everyEntityNamesItsSources() {
        var unsourced = driver.executableQuery("""
                MATCH (n:Entity) WHERE NOT n:Source AND NOT n:Claim AND size(coalesce(n.sources, [])) = 0
                RETURN collect(n.id) AS ids
                """).execute().records().get(0).get("ids").asList();
        assertThat(unsourced).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Atoka operator                 | claim:org:american-li-ion-OPERATES->facility:green-li-ion-atoka@seed-004_7685e5194780aa43 | source:seed-004_7685e5194780aa43 | source:S13
            NBMC                           | claim:consortium:nbmc.existence@seed-001_db17aa4db412328b                                  | source:seed-001_db17aa4db412328b | source:S18
            German Battery Production Cons. | claim:consortium:de-battery-consortium-2019.existence@seed-001_db17aa4db412328b           | source:seed-001_db17aa4db412328b | source:S16
            only one Gigafactory vs Giga Nevada | claim:country:US.operatingGigafactories@seed-002_b710820c0e29615b                     | source:seed-002_b710820c0e29615b | source:S24
            only one Gigafactory vs Ultium | claim:country:US.operatingGigafactories@seed-002_b710820c0e29615b                          | source:seed-002_b710820c0e29615b | source:S25
            """)
    void namedConflictComesBackWithBothSides(String conflict, String claimId, String source, String counterSource) {
        List<Map<String, Object>> conflicts = GraphQL.post("""
                { conflicts(kind: Curated) { reason kind claim { id quote paraphrase source { id } } counterClaim { id quote paraphrase source { id } } } }
                """).statusCode(200).extract().path("data.conflicts");
        assertThat(conflicts).as(conflict).anySatisfy(c -> {
            assertThat(c.get("reason")).isNotNull();
            assertThat(c.get("kind")).isEqualTo("Curated");
            assertThat(field(c, "claim", "id")).isEqualTo(claimId);
            assertThat(field(c, "claim", "quote")).as("the article's own words").isNotNull();
            assertThat(field(field(c, "claim", "source"), "id")).isEqualTo(source);
            assertThat(field(c, "counterClaim", "paraphrase")).as("the editors' summary of the public source").isNotNull();
            assertThat(field(field(c, "counterClaim", "source"), "id")).isEqualTo(counterSource);
        });
    }

    @Test
    void aClaimListsTheClaimsItConflictsWithAndWhy() {
        List<Map<String, Object>> conflicts = GraphQL.post("""
                { claim(id: "claim:country:US.operatingGigafactories@seed-002_b710820c0e29615b") {
                    disputed conflicts { reason kind active claim { id source { id } } } } }
                """).statusCode(200).extract().path("data.claim.conflicts");
        assertThat(conflicts).allSatisfy(c -> {
            assertThat(c.get("kind")).isEqualTo("Curated");
            assertThat(c.get("active")).as("both claims Active").isEqualTo(true);
        });
        assertThat(conflicts).extracting(c -> field(c, "claim", "id")).containsExactlyInAnyOrder(
                "claim:country:US.operatingGigafactories@S24", "claim:country:US.operatingGigafactories@S25");
        assertThat(conflicts).allSatisfy(c -> assertThat((String) c.get("reason")).contains("only one US gigafactory exists"));
        List<Object> none = GraphQL.post("{ claim(id: \"claim:facility:koreplex.jobs@S4\") { conflicts { reason } } }")
                .statusCode(200).extract().path("data.claim.conflicts");
        assertThat(none).isEmpty();
    }

    @Test
    void relationshipFieldsReturnTheirProvenanceAndSayWhenDisputed() {
        List<Map<String, Object>> operators = GraphQL.post("""
                {
                  facility(id: "facility:green-li-ion-atoka") {
                    operators { id via { type disputed claims { quote assertedOn source { id } } } }
                  }
                }
                """).statusCode(200).extract().path("data.facility.operators");
        assertThat(operators).extracting(o -> o.get("id")).containsExactlyInAnyOrder("org:american-li-ion", "org:green-li-ion");
        assertThat(operators).allSatisfy(o -> {
            assertThat(field(o, "via", "type")).isEqualTo("OPERATES");
            assertThat(field(o, "via", "disputed")).isEqualTo(true);
            assertThat((List<?>) field(o, "via", "claims")).isNotEmpty();
        });

        List<Map<String, Object>> undisputed = GraphQL.post("""
                { facility(id: "facility:koreplex") { operators { via { disputed claims { quote source { id } } } } } }
                """).statusCode(200).extract().path("data.facility.operators");
        assertThat(undisputed).singleElement().satisfies(o -> assertThat(field(o, "via", "disputed")).isEqualTo(false));
    }

    @Test
    void aSourceListsTheClaimsItSupports() {
        var claimCount = driver.executableQuery("MATCH (:Source {id: 'source:S6'})<-[:STATED_IN]-(c:Claim) RETURN count(c) AS n")
                .execute().records().get(0).get("n").asInt();
        List<String> paraphrases = GraphQL.post("{ source(id: \"source:S6\") { claims { evidenceKind paraphrase } } }")
                .statusCode(200).extract().path("data.source.claims.paraphrase");
        assertThat(claimCount).isPositive();
        assertThat(paraphrases).hasSize(claimCount).doesNotContainNull();
    }

    @SuppressWarnings("unchecked")
    private static Object field(Object map, String first, String... more) {
        Object value = ((Map<String, Object>) map).get(first);
        for (var key : more) {
            value = ((Map<String, Object>) value).get(key);
        }
        return value;
    }
}
