package org.batterygraph.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With GraphQL over GET switched on, a document in the query string that does not parse gets the same answer. */
@QuarkusTest
@TestProfile(ParseErrorsOverGetTest.GetOn.class)
class ParseErrorsOverGetTest {

    public static class GetOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.smallrye-graphql.http.get.enabled", "true");
        }
    }

    @Test
    void anUnterminatedStringInAGetIsAParseError() {
        ParseErrorsTest.parseFailed(given().queryParam("query", "{ facility(id: \"facility:koreplex) { name } }")
                .when().get("/graphql").then(), 1, 16);
    }

    @Test
    void aStrayBraceInAGetIsAParseError() {
        ParseErrorsTest.parseFailed(given().queryParam("query", "{ facility(id: \"facility:koreplex\") { name } } }")
                .when().get("/graphql").then(), 1, 48);
    }

    @Test
    void aGetThatParsesIsAnswered() {
        given().queryParam("query", "{ facility(id: \"facility:koreplex\") { name } }").when().get("/graphql")
                .then().statusCode(200).body("data.facility.name", equalTo("KOREPlex"));
    }

    @Test
    void aPostIsCheckedAsWell() {
        ParseErrorsTest.parseFailed(org.batterygraph.GraphQL.post("{ facility(id: \"x\") { name } } }"), 1, 32)
                .body("errors[0].message", containsString("'}'"));
    }
}
