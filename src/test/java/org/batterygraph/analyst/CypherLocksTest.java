package org.batterygraph.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.batterygraph.analyst.CypherEndpointTest.cypher;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.EnumSet;
import java.util.Map;

import jakarta.inject.Inject;

import org.batterygraph.Neo4jTestResource;
import org.batterygraph.TestWrites;
import org.batterygraph.Tokens;
import org.batterygraph.analyst.ReadOnlyCypher.Lock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each of the three locks of POST /cypher holds on its own: with the other two taken away (ReadOnlyCypher's
 * package-private seam, unreachable over HTTP), a write is still refused, with that lock's code and message, and
 * the graph is unchanged. Through the endpoint (all locks on), statements whose plan is READ_ONLY but which reach
 * outside the graph or administer the server are stopped by the procedure check alone.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class CypherLocksTest {

    static final String CREATE = "CREATE (:Entity:Organization {id: 'org:test-lock', name: 'Lock test'})";
    static final String WRITE_PROCEDURE = """
            MATCH (n:Organization {id: 'org:abtc'}) CALL db.create.setNodeVectorProperty(n, 'testVector', [1.0, 2.0])
            RETURN 1""";

    @Inject
    ReadOnlyCypher cypher;

    @Inject
    Driver driver;

    final String analyst = Tokens.of("test-analyst", "analyst");

    @AfterEach
    void removeWhatABrokenLockLetThrough() {
        TestWrites.remove(driver);
        driver.executableQuery("MATCH (n:Organization {id: 'org:abtc'}) REMOVE n.testVector").execute();
    }

    @Test
    void theReadAccessModeAloneRefusesAWrite() {
        var only = EnumSet.of(Lock.READ_ACCESS_MODE);
        var refusal = refused(CREATE, only);
        assertThat(refusal.code()).isEqualTo("WRITE_REFUSED");
        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.getMessage()).contains("Writing in read access mode not allowed");
        assertThat(refused(WRITE_PROCEDURE, only).code()).isEqualTo("WRITE_REFUSED");
        assertUnchanged();
    }

    @Test
    void thePlanCheckAloneRefusesAWrite() {
        var only = EnumSet.of(Lock.PLAN_CHECK);
        var refusal = refused(CREATE, only);
        assertThat(refusal.code()).isEqualTo("WRITE_REFUSED");
        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.getMessage()).isEqualTo("This endpoint only reads; the statement would write (WRITE_ONLY)");
        assertThat(refused(WRITE_PROCEDURE, only).getMessage()).endsWith("(READ_WRITE)");
        assertUnchanged();
    }

    @Test
    void theProcedureCheckAloneRefusesAWriteProcedure() {
        var refusal = refused(WRITE_PROCEDURE, EnumSet.of(Lock.PROCEDURE_CHECK));
        assertThat(refusal.code()).isEqualTo("PROCEDURE_REFUSED");
        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.getMessage()).startsWith("Procedure db.create.setNodeVectorProperty is not available");
        assertUnchanged();
    }

    @Test
    void withEveryLockOnTheEndpointAnswersWhatTheFirstLockThatStopsItSays() {
        // Plan WRITE_ONLY: the plan check answers before the statement runs.
        cypher(analyst, Map.of("statement", CREATE)).statusCode(403)
                .body("error.code", equalTo("WRITE_REFUSED"))
                .body("error.message", equalTo("This endpoint only reads; the statement would write (WRITE_ONLY)"));
        // DBMS procedures plan as SCHEMA_WRITE (measured on 5.26), so the plan check answers for them too.
        cypher(analyst, Map.of("statement", "CALL dbms.components()")).statusCode(403)
                .body("error.code", equalTo("WRITE_REFUSED"));
        assertUnchanged();
    }

    @Test
    void statementsWithAReadOnlyPlanThatLeaveTheGraphAreStoppedByTheProcedureCheckAlone() {
        // Each plans READ_ONLY and would run in a READ transaction: only the procedure check stands in the way.
        cypher(analyst, Map.of("statement", "LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line")).statusCode(403)
                .body("error.code", equalTo("PROCEDURE_REFUSED"))
                .body("error.message", equalTo("LoadCSV is not available on this endpoint"));
        cypher(analyst, Map.of("statement", "SHOW TRANSACTIONS")).statusCode(403)
                .body("error.code", equalTo("PROCEDURE_REFUSED"))
                .body("error.message", startsWith("ShowTransactions"));
        cypher(analyst, Map.of("statement", "SHOW SETTINGS YIELD name RETURN name")).statusCode(403)
                .body("error.code", equalTo("PROCEDURE_REFUSED"));
        // A READ procedure is allowed: the check is not a blanket refusal of CALL.
        cypher(analyst, Map.of("statement", "CALL db.ping()")).statusCode(200);
    }

    @Test
    void aStatementOfExactlyTheLengthLimitRunsAndOneCharacterMoreIsRefused() {
        var statement = "RETURN 1 AS one";
        var atLimit = statement + " ".repeat(10_000 - statement.length());
        assertThat(atLimit).hasSize(10_000);
        cypher(analyst, Map.of("statement", atLimit)).statusCode(200).body("rows[0].one", equalTo(1));
        cypher(analyst, Map.of("statement", atLimit + " ")).statusCode(400)
                .body("error.code", equalTo("INVALID_ARGUMENT"))
                .body("error.message", containsString("10000"));
    }

    @Test
    void maxRowsIsAllowedFromOneToTheCap() {
        cypher(analyst, Map.of("statement", "UNWIND range(1, 5) AS i RETURN i", "maxRows", 1)).statusCode(200)
                .body("rows.i", equalTo(java.util.List.of(1)));
        cypher(analyst, Map.of("statement", "RETURN 1", "maxRows", 1000)).statusCode(200);
        cypher(analyst, Map.of("statement", "RETURN 1", "maxRows", 0)).statusCode(400).body("error.code", equalTo("LIMIT_EXCEEDED"));
        cypher(analyst, Map.of("statement", "RETURN 1", "maxRows", 1001)).statusCode(400).body("error.code", equalTo("LIMIT_EXCEEDED"));
    }

    private CypherRefusal refused(String statement, EnumSet<Lock> locks) {
        var thrown = catchThrowable(() -> cypher.run(new CypherRequest(statement, Map.of(), null), "test-analyst", locks));
        assertThat(thrown).as("%s with only %s", statement, locks).isInstanceOf(CypherRefusal.class);
        return (CypherRefusal) thrown;
    }

    private void assertUnchanged() {
        var record = driver.executableQuery("""
                OPTIONAL MATCH (t:Entity {id: 'org:test-lock'})
                MATCH (a:Organization {id: 'org:abtc'})
                RETURN t IS NULL AS absent, a.testVector IS NULL AS untouched""").execute().records().get(0);
        assertThat(record.get("absent").asBoolean()).as("the node a refused CREATE would have made is absent").isTrue();
        assertThat(record.get("untouched").asBoolean()).as("org:abtc has no property a refused procedure would have set").isTrue();
    }
}
