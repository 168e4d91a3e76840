package org.batterygraph.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.batterygraph.contribution.ContributionTest.ASSERT_RELATIONSHIP;
import static org.batterygraph.contribution.ContributionTest.RETIRE;
import static org.batterygraph.contribution.ContributionTest.UPSERT_FACILITY;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.batterygraph.TestWrites;
import org.batterygraph.Tokens;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Writes that fail: midway through their one statement (nothing of them stays, the client gets INTERNAL_ERROR and a
 * reference the log holds), on an id of another kind, and a retirement refused; and what a retirement records.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class WriteFailuresTest {

    static final Pattern REFERENCE = Pattern.compile("under reference ([0-9a-f-]{36})");

    @Inject
    Driver driver;

    final String editor = Tokens.of("test-editor", "editor");

    @AfterEach
    void removeTestWrites() {
        TestWrites.remove(driver);
        driver.executableQuery("MATCH (n:Facility {id: 'facility:test-clash'}) DETACH DELETE n").execute();
    }

    /** Log records of {@code category} while {@code action} runs, as the operator's log would show them. */
    static List<String> logged(String category, Runnable action) {
        var messages = new CopyOnWriteArrayList<String>();
        var handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    var text = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
                    messages.add(text + (record.getThrown() == null ? "" : " | " + record.getThrown()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        var logger = java.util.logging.Logger.getLogger(category);
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return messages;
    }

    @Test
    void aWriteThatFailsMidwayLeavesNothingAndAnswersInternalErrorWithAReferenceInTheLog() {
        // A Facility node without the Entity label (as a careless bulk load could leave one): the write's checks
        // (which look at Entity nodes) pass, it creates the source and the node, and then labelling the node
        // Facility breaks the facility_id uniqueness constraint, after the source and node were written.
        driver.executableQuery("CREATE (:Facility {id: 'facility:test-clash', name: 'Clash'})").execute();
        var before = TestWrites.counts(driver);
        var operated = operatedBy("org:abtc");
        var evidence = Map.of("sourceId", "source:test-clash", "newSource", Map.of("title", "Clash test", "kind", "News"),
                "quote", "A plant", "assertedOn", "2025-06-01");
        var input = Map.of("id", "facility:test-clash", "name", "Clash plant", "type", "CellGigafactory",
                "status", "Announced", "operatedBy", "org:abtc", "locatedIn", "subdivision:US-AZ");
        var answer = new String[1];
        var log = logged("org.batterygraph.neo4j.Cypher", () -> answer[0] = GraphQL.post(editor, UPSERT_FACILITY,
                Map.of("input", input, "evidence", evidence)).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INTERNAL_ERROR"))
                .body("errors[0].message", containsString("under reference"))
                .body(GraphQL.NO_STACK_TRACE)
                .extract().path("errors[0].message"));
        var reference = REFERENCE.matcher(answer[0]);
        assertThat(reference.find()).as("a reference in %s", answer[0]).isTrue();
        assertThat(answer[0]).doesNotContain("already exists").doesNotContain("Neo.");
        assertThat(log).as("the log line with the reference and the cause")
                .anySatisfy(line -> assertThat(line).contains("contribution.write failed (reference " + reference.group(1) + ")")
                        .contains("already exists with label `Facility`"));

        assertThat(TestWrites.counts(driver)).as("nodes and relationships").isEqualTo(before);
        var left = driver.executableQuery("""
                RETURN EXISTS { MATCH (:Source {id: 'source:test-clash'}) } AS source,
                       EXISTS { MATCH (:Entity {id: 'facility:test-clash'}) } AS node,
                       EXISTS { MATCH (c:Claim) WHERE c.id ENDS WITH '@test-clash' } AS claims""").execute().records().get(0);
        assertThat(left.get("source").asBoolean()).as("the source written first").isFalse();
        assertThat(left.get("node").asBoolean()).as("the facility").isFalse();
        assertThat(left.get("claims").asBoolean()).as("its claims").isFalse();
        assertThat(operatedBy("org:abtc")).isEqualTo(operated);
    }

    @Test
    void anIdOfAnotherKindIsRefusedAndNothingIsWritten() {
        var before = TestWrites.counts(driver);
        // org:abtc is an Organization: neither a facility id nor an end OPERATES allows on the right.
        GraphQL.post(editor, ASSERT_RELATIONSHIP, Map.of("input",
                        Map.of("from", "org:abtc", "type", "OPERATES", "to", "org:gm"),
                        "evidence", Map.of("sourceId", "source:test-kind", "newSource", Map.of("title", "Kind test", "kind", "News"),
                                "quote", "q", "assertedOn", "2025-06-01")))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("input.to: there is no facility with id \"org:gm\""));
        // An id that already names a node of another kind (here a consortium under an org: id).
        driver.executableQuery("CREATE (:Entity:Consortium {id: 'org:test-odd', name: 'Odd'})").execute();
        var withOdd = TestWrites.counts(driver);
        GraphQL.post(editor, ContributionTest.UPSERT_ORGANIZATION, Map.of("input",
                        Map.of("id", "org:test-odd", "name", "Renamed", "orgType", "Company"),
                        "evidence", Map.of("sourceId", "source:test-kind", "newSource", Map.of("title", "Kind test", "kind", "News"),
                                "quote", "q", "assertedOn", "2025-06-01")))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("input.id: \"org:test-odd\" is already a Consortium"));
        assertThat(TestWrites.counts(driver)).isEqualTo(withOdd);
        assertThat(driver.executableQuery("MATCH (n {id: 'org:test-odd'}) RETURN labels(n) AS l, n.name AS name").execute()
                .records().get(0).get("name").asString()).isEqualTo("Odd");
        TestWrites.remove(driver);
        assertThat(TestWrites.counts(driver)).isEqualTo(before);
        // A facility written over an organization's id: refused inside the statement, before anything is written.
        GraphQL.post(editor, UPSERT_FACILITY, Map.of("input",
                        Map.of("id", "facility:test-x", "name", "x", "type", "Mine", "status", "Announced", "operatedBy", "facility:koreplex"),
                        "evidence", Map.of("sourceId", "source:test-kind", "newSource", Map.of("title", "Kind test", "kind", "News"),
                                "quote", "q", "assertedOn", "2025-06-01")))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("input.operatedBy: there is no organization with id \"facility:koreplex\""));
        assertThat(TestWrites.counts(driver)).isEqualTo(before);
        assertThat(driver.executableQuery("MATCH (s:Source {id: 'source:test-kind'}) RETURN s").execute().records()).isEmpty();
    }

    @Test
    void aRefusedRetirementLeavesTheClaimUntouched() {
        var claimId = "claim:facility:koreplex.jobs@S4";
        var before = claim(claimId);
        assertThat(before.get("status")).isEqualTo("Active");
        var tooLong = "x".repeat(2_001);
        GraphQL.post(Tokens.of("test-admin", "admin"), RETIRE, Map.of("id", claimId, "reason", tooLong)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        GraphQL.post(Tokens.of("test-admin", "admin"), RETIRE, Map.of("id", claimId, "reason", "  ")).statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        GraphQL.post(Tokens.of("test-editor", "editor"), RETIRE, Map.of("id", claimId, "reason", "not mine to retire"))
                .statusCode(200).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.post(RETIRE, Map.of("id", claimId, "reason", "anonymous")).statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertThat(claim(claimId)).isEqualTo(before);
    }

    @Test
    void aRetirementRecordsWhenItHappened() {
        var claimId = "claim:facility:koreplex.jobs@S4";
        var before = OffsetDateTime.now();
        String retiredAt = GraphQL.post(Tokens.of("test-admin", "admin"), RETIRE, Map.of("id", claimId, "reason", "test"))
                .statusCode(200).body("data.retireClaim.retiredAt", notNullValue())
                .extract().path("data.retireClaim.retiredAt");
        var at = OffsetDateTime.parse(retiredAt);
        assertThat(Duration.between(before, at).abs()).as("retiredAt %s vs now %s", at, before).isLessThan(Duration.ofMinutes(1));
        GraphQL.post("{ claim(id: \"" + claimId + "\") { retiredAt } }").statusCode(200)
                .body("data.claim.retiredAt", equalTo(retiredAt));
    }

    private Map<String, Object> claim(String id) {
        return driver.executableQuery("MATCH (c:Claim {id: $id}) RETURN properties(c) AS p").withParameters(Map.of("id", id))
                .execute().records().get(0).get("p").asMap();
    }

    private long operatedBy(String org) {
        return driver.executableQuery("MATCH (:Organization {id: $id})-[r:OPERATES]->() RETURN count(r) AS n")
                .withParameters(Map.of("id", org)).execute().records().get(0).get("n").asLong();
    }
}
