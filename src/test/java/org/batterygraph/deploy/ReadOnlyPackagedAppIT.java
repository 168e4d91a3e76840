package org.batterygraph.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.batterygraph.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * The packaged application with no identity provider at all, as docker-compose.yml starts it when
 * BATTERY_JWT_ISSUER and BATTERY_JWT_PUBLIC_KEY_LOCATION are empty: it starts, says it is read-only, answers reads
 * and refuses every write and POST /cypher with UNAUTHENTICATED, saying that no token issuer is configured.
 */
@QuarkusIntegrationTest
@WithTestResource(value = PackagedAppNeo4j.class, initArgs = @ResourceArg(name = "identity-provider", value = "none"))
class ReadOnlyPackagedAppIT {

    @Test
    void startsReadOnlyAnswersReadsAndRefusesWritesSayingNoIssuerIsConfigured() throws Exception {
        PackagedAppIT.waitFor(() -> given().get("/q/health/ready").statusCode() == 200, Duration.ofSeconds(60));
        assertThat(Files.readString(Path.of("target/quarkus.log"))).contains("Profile prod activated")
                .contains("No token issuer is configured").contains("the API is read-only");
        GraphQL.post(PackagedAppIT.FACILITY).statusCode(200).body("errors", nullValue())
                .body("data.facility.name", equalTo("KOREPlex"));

        long before = PackagedAppNeo4j.nodes();
        GraphQL.post(PackagedAppIT.UPSERT, PackagedAppIT.EVIDENCE).statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("No token issuer is configured"));
        // a token signed by anyone at all cannot be verified: there is no key
        GraphQL.post(PackagedAppNeo4j.token("it-editor", "editor"), PackagedAppIT.UPSERT, PackagedAppIT.EVIDENCE).statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("No token issuer is configured"));
        given().contentType(ContentType.JSON).body(Map.of("statement", "RETURN 1")).post("/cypher").then().statusCode(401)
                .body("error.code", equalTo("UNAUTHENTICATED")).body("error.message", containsString("No token issuer is configured"));
        assertThat(PackagedAppNeo4j.nodes()).isEqualTo(before);
    }
}
