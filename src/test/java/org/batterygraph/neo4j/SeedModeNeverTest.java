package org.batterygraph.neo4j;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** seed-mode NEVER on an empty database: the schema is applied, no seed is loaded, the API answers from nothing. */
@QuarkusTest
@TestProfile(SeedModeNeverTest.Empty.class)
class SeedModeNeverTest {

    public static class Empty extends SeedModeProfile {
        public Empty() {
            super("NEVER", null);
        }
    }

    @Inject
    Driver driver;

    @Test
    void anEmptyDatabaseStaysEmptyAndTheApiIsReady() {
        assertThat(driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n").asLong())
                .isZero();
        assertThat(driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").execute()
                .records().get(0).get("names").asList()).contains("entity_id");
        given().get("/q/health/ready").then().statusCode(200);
        GraphQL.post("{ organization(id: \"org:abtc\") { name } organizations(first: 5) { nodes { id } } }").statusCode(200)
                .body("errors", nullValue())
                .body("data.organization", nullValue())
                .body("data.organizations.nodes", equalTo(List.of()));
    }
}
