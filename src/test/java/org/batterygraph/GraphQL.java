package org.batterygraph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.hamcrest.Matcher;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Posts a GraphQL document as a client would. */
public final class GraphQL {

    /** Matches a body with no Java stack frame ("at org.acme.Foo.bar(Foo.java:12)") in it. */
    public static final Matcher<String> NO_STACK_TRACE =
            not(matchesRegex("(?s).*\\bat (java|jdk|org|io|com)\\.[\\w.$]+\\(.*"));

    private GraphQL() {
    }

    public static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().log().ifValidationFails();
    }

    /** Posts with {@code Authorization: Bearer token}. */
    public static ValidatableResponse post(String token, String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).auth().oauth2(token)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().log().ifValidationFails();
    }
}
