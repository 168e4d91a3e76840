package org.batterygraph.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import org.batterygraph.GraphQL;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * The packaged application ({@code java -jar target/quarkus-app/quarkus-run.jar}, prod profile) against a real,
 * empty Neo4j, with an identity provider configured the way an operator does it: a public key file and an issuer.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppNeo4j.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedAppIT {

    static final String FACILITY = "{ facility(id: \"facility:koreplex\") { name status operators { name } } }";

    static final String UPSERT = """
            mutation ($e: EvidenceInput!) { upsertOrganization(evidence: $e,
              input: {id: "org:it-packaged", name: "Packaged app test", orgType: Company}) { created claimIds } }""";

    static final Map<String, Object> EVIDENCE = Map.of("e", Map.of("sourceId", "source:it-packaged",
            "newSource", Map.of("title", "Packaged app test", "kind", "Dataset"), "quote", "Packaged app test",
            "assertedOn", "2026-12-01"));

    @Test
    @Order(1)
    void startsOnAnEmptyDatabaseAppliesSchemaAndSeedAndAnswers() throws Exception {
        waitFor(() -> given().get("/q/health/ready").statusCode() == 200, Duration.ofSeconds(60));
        GraphQL.post(FACILITY).statusCode(200).body("errors", nullValue())
                .body("data.facility.name", equalTo("KOREPlex")).body("data.facility.status", equalTo("Cancelled"))
                .body("data.facility.operators[0].name", equalTo("KORE Power"));
        var log = Files.readString(Path.of("target/quarkus.log"));
        assertThat(log).contains("Profile prod activated").contains("Schema applied")
                .containsPattern(Pattern.compile("Seed loaded from 5 files in one transaction: [1-9][0-9]* nodes"))
                .doesNotContain("the API is read-only");
        assertThat(PackagedAppNeo4j.nodes()).isGreaterThan(500);
    }

    @Test
    @Order(2)
    void hasNoDevTokenEndpoint() {
        given().get("/dev/token?role=editor").then().statusCode(404);
    }

    /** Production allows no other origin until BATTERY_CORS_ORIGINS names one: not even localhost, as dev mode does. */
    @Test
    @Order(2)
    void allowsNoOtherOriginUntilConfigured() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .options("/graphql").then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "http://localhost:3000").contentType(ContentType.JSON).body(Map.of("query", "{ __typename }"))
                .post("/graphql").then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    @Order(2)
    void servesTheExplorerPageWithItsVendoredLibraries() {
        given().redirects().follow(false).get("/").then().statusCode(303)
                .header("location", org.hamcrest.Matchers.endsWith("/explore/"));
        given().get("/explore/").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("<title>Battery graph explorer</title>"));
        given().get("/explore/js/app.js").then().statusCode(200);
        given().get("/explore/vendor/cytoscape/cytoscape.min.js").then().statusCode(200);
        given().get("/explore/vendor/us-atlas/states-10m.json").then().statusCode(200);
    }

    @Test
    @Order(3)
    void refusesWritesWithoutATokenAndChangesNothing() {
        long before = PackagedAppNeo4j.nodes();
        GraphQL.post(UPSERT, EVIDENCE).statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("needs a bearer token with the editor role"));
        given().contentType(ContentType.JSON).body(Map.of("statement", "RETURN 1")).post("/cypher").then()
                .statusCode(401).body("error.code", equalTo("UNAUTHENTICATED"));
        GraphQL.post("token-of-nobody." + "x.y", UPSERT, EVIDENCE).statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertThat(PackagedAppNeo4j.nodes()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void acceptsATokenOfTheConfiguredIssuerAndReadsWhatItWrote() {
        GraphQL.post(PackagedAppNeo4j.token("it-editor", "editor"), UPSERT, EVIDENCE).statusCode(200)
                .body("errors", nullValue()).body("data.upsertOrganization.created", equalTo(true));
        GraphQL.post("{ organization(id: \"org:it-packaged\") { name } }").statusCode(200)
                .body("data.organization.name", equalTo("Packaged app test"));
        given().contentType(ContentType.JSON).auth().oauth2(PackagedAppNeo4j.token("it-analyst", "analyst"))
                .body(Map.of("statement", "MATCH (o:Organization {id: $id}) RETURN o.name AS name", "parameters",
                        Map.of("id", "org:it-packaged")))
                .post("/cypher").then().statusCode(200).body("rows[0].name", equalTo("Packaged app test"));
    }

    @Test
    @Order(5)
    void metricsNameEveryRootFieldStatementRefusalAndNeo4jAvailability() {
        GraphQL.post(FACILITY).statusCode(200);
        GraphQL.post("{ facilities(first: 1000) { totalCount } }").statusCode(200);
        var metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(count(metrics, "battery_graphql_request_seconds_count{field=\"facility\",outcome=\"ok\",type=\"query\"}"))
                .isGreaterThanOrEqualTo(2);
        assertThat(count(metrics, "battery_graphql_request_seconds_count{field=\"facilities\",outcome=\"INVALID_ARGUMENT\",type=\"query\"}"))
                .isEqualTo(1);
        assertThat(count(metrics, "battery_graphql_request_seconds_count{field=\"upsertOrganization\",outcome=\"ok\",type=\"mutation\"}"))
                .isEqualTo(1);
        assertThat(count(metrics, "battery_cypher_seconds_count{outcome=\"ok\",statement=\"Facility.byId\"}")).isGreaterThanOrEqualTo(2);
        assertThat(metrics).contains("battery_cypher_seconds_bucket{outcome=\"ok\",statement=\"Facility.byId\",le=\"0.005\"}");
        assertThat(count(metrics, "battery_refusals_total{api=\"graphql\",code=\"UNAUTHENTICATED\"}")).isGreaterThanOrEqualTo(2);
        assertThat(count(metrics, "battery_refusals_total{api=\"graphql\",code=\"INVALID_ARGUMENT\"}")).isEqualTo(1);
        assertThat(count(metrics, "battery_refusals_total{api=\"cypher\",code=\"UNAUTHENTICATED\"}")).isEqualTo(1);
        assertThat(count(metrics, "battery_neo4j_available")).isEqualTo(1);
        assertThat(count(metrics, "battery_graph_loaded")).isEqualTo(1);
        assertThat(count(metrics, "battery_graph_seed_created{kind=\"nodes\"}")).isGreaterThan(500);
        assertThat(count(metrics, "battery_graph_seed_applied")).isEqualTo(count(metrics, "battery_graph_seed_statements"))
                .isGreaterThan(0);
    }

    @Test
    @Order(6)
    void readinessFollowsNeo4jDownAndBackUp() throws Exception {
        PackagedAppNeo4j.stopNeo4j();
        try {
            waitFor(() -> given().get("/q/health/ready").statusCode() == 503, Duration.ofSeconds(10));
            GraphQL.post(FACILITY).statusCode(200).body("errors[0].extensions.code", equalTo("DATABASE_UNAVAILABLE"));
            given().get("/q/health/live").then().statusCode(200);
            assertThat(count(given().get("/q/metrics").asString(), "battery_neo4j_available")).isEqualTo(0);
        } finally {
            PackagedAppNeo4j.startNeo4j();
        }
        // the harness comes back as a new, empty database: what counts is that the running application answers again
        waitFor(() -> given().get("/q/health/ready").statusCode() == 200, Duration.ofSeconds(10));
        GraphQL.post("{ organizations(first: 1) { nodes { id } } }").statusCode(200).body("errors", nullValue());
        given().get("/q/metrics").then().body(org.hamcrest.Matchers.containsString("battery_neo4j_outages_total 1.0"));
    }

    /** The value of one sample line of the Prometheus text (its name with labels, exactly). */
    static double count(String metrics, String sample) {
        for (var line : metrics.split("\n")) {
            if (line.startsWith(sample + " ")) {
                return Double.parseDouble(line.substring(sample.length() + 1).split(" ")[0]);
            }
        }
        throw new AssertionError("no sample " + sample + " in /q/metrics");
    }

    static void waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // not answering yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + timeout);
    }
}
