package org.batterygraph.neo4j;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.batterygraph.GraphQL;
import org.batterygraph.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With Neo4j unreachable the application still starts: readiness DOWN, liveness UP, requests fail fast with a code. */
@QuarkusTest
@TestProfile(UnreachableNeo4jTest.NoNeo4j.class)
class UnreachableNeo4jTest {

    public static class NoNeo4j implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.neo4j.uri", "bolt://127.0.0.1:" + freePort(), "battery.graph.retry-interval", "PT1S",
                    "battery.graph.start-wait", "PT0S");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        private static int freePort() {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void readinessIsDownWhileNeo4jIsUnreachable() {
        given().when().get("/q/health/ready").then()
                .statusCode(503)
                .body("status", is("DOWN"))
                .body("checks.status", hasItem("DOWN"));
    }

    @Test
    void livenessStaysUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void queriesFailWithACodeAndNoStackTrace() {
        GraphQL.post("{ organization(id: \"org:abtc\") { name } }")
                .statusCode(200)
                .body("errors[0].extensions.code", is("DATABASE_UNAVAILABLE"))
                .body(GraphQL.NO_STACK_TRACE);
    }

    @Test
    void aWriteIsRefusedWithTheSameCode() {
        GraphQL.post(Tokens.of("test-editor", "editor"), """
                mutation { upsertOrganization(input: {id: "org:test-outage", name: "Outage", orgType: Company},
                  evidence: {sourceId: "source:seed-000_c5a2fa4526bdccf4", quote: "q", assertedOn: "2025-01-01"}) { created } }""",
                Map.of())
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("DATABASE_UNAVAILABLE"));
    }

    @Test
    void theCypherEndpointAnswers503WithDatabaseUnavailable() {
        given().contentType(ContentType.JSON).auth().oauth2(Tokens.of("test-analyst", "analyst"))
                .body(Map.of("statement", "RETURN 1")).when().post("/cypher").then()
                .statusCode(503)
                .body("error.code", is("DATABASE_UNAVAILABLE"))
                .body(GraphQL.NO_STACK_TRACE);
    }
}
