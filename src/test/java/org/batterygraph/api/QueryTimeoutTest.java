package org.batterygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.TestWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A GraphQL query that runs past battery.query.timeout is stopped by Neo4j and answered QUERY_TIMEOUT. The
 * timeout is 200 ms here; the query is a depth-3 neighbourhood in a clique of 60 test organizations, filtered to
 * a label no node has, so Neo4j enumerates every path (about 200,000; near 1 s on this machine) and keeps none.
 */
@QuarkusTest
@TestProfile(QueryTimeoutTest.ShortTimeout.class)
class QueryTimeoutTest {

    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("battery.query.timeout", "PT0.2S");
        }
    }

    static final int CLIQUE = 60;

    @Inject
    Driver driver;

    @BeforeEach
    void clique() {
        driver.executableQuery("""
                UNWIND range(1, $n) AS i CREATE (:Entity:Organization {id: 'org:test-clique-' + i, name: 'Clique ' + i})""")
                .withParameters(Map.of("n", CLIQUE)).execute();
        driver.executableQuery("""
                MATCH (a:Organization), (b:Organization)
                WHERE a.id STARTS WITH 'org:test-clique-' AND b.id STARTS WITH 'org:test-clique-' AND a.id < b.id
                CREATE (a)-[:OWNS]->(b)""").execute();
    }

    @AfterEach
    void removeClique() {
        TestWrites.remove(driver);
    }

    @Test
    void aQueryPastTheTimeoutIsStoppedAndAnsweredQueryTimeout() {
        long start = System.nanoTime();
        GraphQL.post("""
                { neighbourhood(id: "org:test-clique-1", depth: 3, relationshipTypes: ["OWNS"], labels: ["Policy"]) {
                    nodes { id } } }""")
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TIMEOUT"))
                .body(GraphQL.NO_STACK_TRACE);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms until answered").isLessThan(5_000);
        // The same short timeout leaves a lookup alone: it is the slow statement that is stopped.
        GraphQL.post("{ organization(id: \"org:test-clique-2\") { name } }").statusCode(200)
                .body("errors", nullValue())
                .body("data.organization.name", equalTo("Clique 2"));
    }
}
