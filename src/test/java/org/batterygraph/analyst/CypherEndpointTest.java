package org.batterygraph.analyst;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.batterygraph.GraphQL.NO_STACK_TRACE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.batterygraph.Neo4jTestResource;
import org.batterygraph.TestWrites;
import org.batterygraph.Tokens;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** POST /cypher: reads answer as rows and as a graph; every write or administration statement is refused. */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class CypherEndpointTest {

    /** Writes, schema changes, file and network access, administration and write procedures: 60 statements. */
    static final List<String> FORBIDDEN = List.of(
            "CREATE (n:Organization {id: 'org:test-x'})",
            "CREATE (n) RETURN n",
            "CREATE (:A)-[:R]->(:B)",
            "MATCH (a:Organization {id: 'org:abtc'}) CREATE (a)-[:OWNS]->(:Facility {id: 'facility:test-x'})",
            "MERGE (n:Organization {id: 'org:test-x'})",
            "MERGE (n:Organization {id: 'org:abtc'}) ON MATCH SET n.name = 'x'",
            "MATCH (a {id: 'org:abtc'}), (b {id: 'org:gm'}) MERGE (a)-[:OWNS]->(b)",
            "MATCH (n:Organization {id: 'org:abtc'}) SET n.name = 'pwned'",
            "MATCH (n:Organization) SET n:Hacked",
            "MATCH (n:Organization {id: 'org:abtc'}) SET n += {name: 'x'}",
            "MATCH (n:Organization {id: 'org:abtc'}) SET n = {}",
            "MATCH ()-[r:OWNS]->() SET r.share = 1",
            "MATCH (n) DETACH DELETE n",
            "MATCH (n:Claim) DELETE n",
            "MATCH ()-[r]->() DELETE r",
            "MATCH (n:Organization {id: 'org:abtc'}) REMOVE n.name",
            "MATCH (n:Organization) REMOVE n:Organization",
            "MATCH (n:Organization) WITH n LIMIT 1 DETACH DELETE n RETURN count(*)",
            "UNWIND range(1, 10) AS i CREATE (:Spam {i: i})",
            "FOREACH (i IN range(1, 3) | CREATE (:Spam {i: i}))",
            "MATCH (n:Organization) FOREACH (x IN [1] | SET n.x = x)",
            "CALL () { CREATE (:Spam) } RETURN 1",
            "MATCH (n) CALL (n) { SET n.touched = true } RETURN count(*)",
            "UNWIND [1] AS x CALL { CREATE (:Spam) } IN TRANSACTIONS RETURN x",
            "OPTIONAL MATCH (n:Nope) MERGE (:Spam {id: 1})",
            "MATCH (n:Organization {id: 'org:abtc'}) SET n:$('Dynamic')",
            "CREATE (n:$('Organization') {id: 'org:test-dyn'})",
            "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
            "LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS row RETURN row",
            "LOAD CSV FROM 'file:///x.csv' AS line CREATE (:Spam {line: line})",
            "CREATE INDEX spam IF NOT EXISTS FOR (n:Spam) ON (n.id)",
            "CREATE CONSTRAINT spam IF NOT EXISTS FOR (n:Spam) REQUIRE n.id IS UNIQUE",
            "DROP CONSTRAINT entity_id",
            "DROP INDEX facility_status",
            "CREATE FULLTEXT INDEX spam_text FOR (n:Spam) ON EACH [n.name]",
            "CREATE USER mallory SET PASSWORD 'secret12345'",
            "ALTER USER neo4j SET PASSWORD 'secret12345'",
            "DROP USER neo4j",
            "SHOW USERS",
            "CREATE ROLE hacker",
            "GRANT ROLE admin TO mallory",
            "CREATE DATABASE spam",
            "DROP DATABASE neo4j",
            "STOP DATABASE neo4j",
            "START DATABASE neo4j",
            "CREATE ALIAS spam FOR DATABASE neo4j",
            "SHOW DATABASES",
            "SHOW TRANSACTIONS",
            "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
            "SHOW SETTINGS",
            "CALL db.createLabel('Spam')",
            "CALL db.createProperty('spam')",
            "CALL db.createRelationshipType('SPAM')",
            "CALL db.clearQueryCaches()",
            "CALL db.checkpoint()",
            "CALL dbms.listConfig()",
            "CALL dbms.components()",
            "CALL dbms.info()",
            "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
            "CALL tx.setMetaData({a: 1})");

    /** Enterprise-only commands and procedures: Neo4j Community refuses to plan them (measured on 5.26). */
    static final java.util.Set<String> NOT_IN_COMMUNITY = java.util.Set.of(
            "CREATE ROLE hacker",
            "GRANT ROLE admin TO mallory",
            "CREATE DATABASE spam",
            "DROP DATABASE neo4j",
            "STOP DATABASE neo4j",
            "START DATABASE neo4j",
            "CREATE ALIAS spam FOR DATABASE neo4j",
            "CALL db.checkpoint()",
            "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')");

    @Inject
    Driver driver;

    final String analyst = Tokens.of("test-analyst", "analyst");

    @Test
    void aReadReturnsRowsAsJsonAndItsNodesRelationshipsAndPathsAsAGraph() {
        cypher(analyst, Map.of("statement", """
                MATCH p = (o:Organization {id: $id})-[:OPERATES]->(f:Facility)
                RETURN o.name AS name, f.announced AS announced, p ORDER BY f.id""",
                "parameters", Map.of("id", "org:abtc")))
                .statusCode(200)
                .body("columns", equalTo(List.of("name", "announced", "p")))
                .body("rows.name", org.hamcrest.Matchers.everyItem(equalTo("American Battery Technology Company")))
                .body("rows[0].p.nodes[0].properties.id", equalTo("org:abtc"))
                .body("truncated", is(false))
                .body("graph.nodes.findAll { it.labels.contains('Organization') }", hasSize(1))
                .body("graph.edges.type", org.hamcrest.Matchers.everyItem(equalTo("OPERATES")));
        var operated = driver.executableQuery("MATCH (:Organization {id: 'org:abtc'})-[:OPERATES]->(f) RETURN count(f) AS n")
                .execute().records().get(0).get("n").asInt();
        cypher(analyst, Map.of("statement", "MATCH (:Organization {id: 'org:abtc'})-[r:OPERATES]->(f) RETURN r"))
                .body("graph.edges", hasSize(operated))
                .body("graph.nodes", hasSize(0));
    }

    @Test
    void rowsStopAtTheCapAndSayTheyWereTruncated() {
        cypher(analyst, Map.of("statement", "UNWIND range(1, 5000) AS i RETURN i")).statusCode(200)
                .body("rows", hasSize(1000)).body("truncated", is(true));
        cypher(analyst, Map.of("statement", "UNWIND range(1, 5000) AS i RETURN i", "maxRows", 10)).statusCode(200)
                .body("rows.i", equalTo(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))).body("truncated", is(true));
        cypher(analyst, Map.of("statement", "RETURN 1", "maxRows", 100_000)).statusCode(400)
                .body("error.code", equalTo("LIMIT_EXCEEDED"));
    }

    @Test
    void readProceduresRunAndTheFullTextIndexIsReachable() {
        cypher(analyst, Map.of("statement", "CALL db.labels() YIELD label RETURN label ORDER BY label")).statusCode(200)
                .body("rows.label", org.hamcrest.Matchers.hasItems("Organization", "Claim"));
        cypher(analyst, Map.of("statement", """
                CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node
                WHERE node:Organization RETURN node.id AS id LIMIT 1""",
                "parameters", Map.of("q", "KORE Power"))).statusCode(200)
                .body("rows.id", equalTo(List.of("org:kore-power")));
    }

    @Test
    void everyWriteOrAdministrationStatementIsRefusedAndTheGraphIsUnchanged() {
        var before = TestWrites.counts(driver);
        var schemaBefore = schema();
        var answered = new java.util.LinkedHashMap<String, String>();
        for (var statement : FORBIDDEN) {
            var response = cypher(analyst, Map.of("statement", statement)).extract();
            assertThat(response.body().asString()).as(statement).doesNotContainPattern("\\bat (org|java|io)\\.[\\w.$]+\\(");
            answered.put(statement, response.statusCode() + " " + response.jsonPath().getString("error.code"));
        }
        // Refused by a lock (403 with its code), not failing on something else: a 400 would let a lock go unnoticed.
        // Only what Neo4j 5.26 Community cannot run at all (it fails while planning, before any lock looks) is a 400.
        assertThat(answered).as("answers").allSatisfy((statement, answer) -> assertThat(answer).as(statement)
                .isIn(NOT_IN_COMMUNITY.contains(statement) ? List.of("400 CYPHER_ERROR") : List.of("403 WRITE_REFUSED", "403 PROCEDURE_REFUSED")));
        assertThat(FORBIDDEN).hasSizeGreaterThanOrEqualTo(50);
        assertThat(TestWrites.counts(driver)).isEqualTo(before);
        assertThat(schema()).isEqualTo(schemaBefore);
    }

    @Test
    void aStatementRunningPastTheTimeoutIsCutOffWithAnError() {
        long start = System.nanoTime();
        cypher(analyst, Map.of("statement", """
                UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 3 RETURN count(*) AS n"""))
                .statusCode(400)
                .body("error.code", equalTo("QUERY_TIMEOUT"))
                .body(NO_STACK_TRACE);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms until cut off").isLessThan(10_000);
    }

    @Test
    void badStatementsAndBodiesGetA4xxWithACode() {
        cypher(analyst, Map.of("statement", "MATCH (n RETURN n")).statusCode(400).body("error.code", equalTo("CYPHER_SYNTAX_ERROR"));
        cypher(analyst, Map.of("statement", "")).statusCode(400).body("error.code", equalTo("INVALID_ARGUMENT"));
        cypher(analyst, Map.of("statement", "RETURN $missing")).statusCode(400).body("error.code", equalTo("CYPHER_ERROR"));
        given().contentType(ContentType.JSON).auth().oauth2(analyst).body("{not json").post("/cypher")
                .then().statusCode(400);
    }

    @Test
    void onlyAnalystsMayRunCypher() {
        given().contentType(ContentType.JSON).body(Map.of("statement", "RETURN 1")).post("/cypher").then().statusCode(401);
        cypher(Tokens.of("test-editor", "editor", "admin"), Map.of("statement", "RETURN 1")).statusCode(403);
        cypher(Tokens.expired("test-analyst", "analyst"), Map.of("statement", "RETURN 1")).statusCode(401);
        cypher(Tokens.wronglySigned("test-analyst", "analyst"), Map.of("statement", "RETURN 1")).statusCode(401);
        cypher(analyst, Map.of("statement", "RETURN 1 AS one")).statusCode(200).body("rows[0].one", equalTo(1));
    }

    private List<String> schema() {
        return driver.executableQuery("SHOW INDEXES YIELD name RETURN name ORDER BY name").execute().records().stream()
                .map(r -> r.get("name").asString()).toList();
    }

    static ValidatableResponse cypher(String token, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).auth().oauth2(token).body(body)
                .when().post("/cypher").then().log().ifValidationFails();
    }
}
