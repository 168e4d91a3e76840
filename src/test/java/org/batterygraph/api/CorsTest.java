package org.batterygraph.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Cross-origin calls: the test profile allows https://notebook.example.org and the localhost pattern dev mode
 * allows (application.properties); every other origin gets no allow headers.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class CorsTest {

    static ValidatableResponse preflight(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .when().options("/graphql").then().log().ifValidationFails();
    }

    static ValidatableResponse post(String origin) {
        return given().header("Origin", origin).contentType(ContentType.JSON)
                .body("{\"query\": \"{ facility(id: \\\"facility:koreplex\\\") { name } }\"}")
                .when().post("/graphql").then().log().ifValidationFails();
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://notebook.example.org", "http://localhost:3000", "http://127.0.0.1:5173", "http://localhost" })
    void aPreflightFromAnAllowedOriginGetsTheAllowHeaders(String origin) {
        preflight(origin).statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(origin))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Content-Type"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Max-Age", equalTo("3600"));
    }

    @Test
    void aPostFromAnAllowedOriginIsAnsweredWithItsOrigin() {
        post("http://localhost:3000").statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"))
                .header("Access-Control-Expose-Headers", equalToIgnoringCase("Content-Disposition"))
                .body("data.facility.name", equalTo("KOREPlex"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://evil.example.org", "http://localhost.evil.example.org", "https://notebook.example.org.evil.test",
            "http://example.org:3000", "null" })
    void aPreflightFromAnotherOriginGetsNoAllowHeaders(String origin) {
        preflight(origin).statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://evil.example.org", "http://localhost.evil.example.org" })
    void aPostFromAnotherOriginGetsNoAllowOriginAndRunsNothing(String origin) {
        post(origin).statusCode(403).header("Access-Control-Allow-Origin", nullValue())
                .body(org.hamcrest.Matchers.not(containsString("KOREPlex")));
    }

    @Test
    void refusedOriginsAreCounted() {
        post("https://counted.example.org").statusCode(403);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.matchesRegex("(?s).*battery_refusals_total\\{[^}]*api=\"cors\"[^}]*code=\"ORIGIN_NOT_ALLOWED\"[^}]*} [1-9].*"));
    }

    @Test
    void aRequestWithoutOriginIsAnsweredAsAlways() {
        given().contentType(ContentType.JSON).body("{\"query\": \"{ __typename }\"}").when().post("/graphql").then()
                .statusCode(200).header("Access-Control-Allow-Origin", nullValue()).body("data.__typename", equalTo("Query"));
    }

    @Test
    void productionAllowsNoOtherOriginUntilConfiguredAndDevModeAllowsLocalhost() throws IOException {
        var config = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            config.load(in);
        }
        assertThat(config.getProperty("quarkus.http.cors.enabled")).isEqualTo("true");
        assertThat(config.getProperty("quarkus.http.cors.origins")).isEqualTo("${BATTERY_CORS_ORIGINS:}");
        assertThat(config.getProperty("%dev.quarkus.http.cors.origins")).isEqualTo("${BATTERY_CORS_ORIGINS:${battery.cors.localhost}}");
        // the test profile checks the same localhost pattern dev mode allows
        assertThat(config.getProperty("%test.quarkus.http.cors.origins")).endsWith(",${battery.cors.localhost}");
    }
}
