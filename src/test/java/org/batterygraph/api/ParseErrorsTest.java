package org.batterygraph.api;

import static io.restassured.RestAssured.given;
import static org.batterygraph.GraphQL.NO_STACK_TRACE;
import static org.batterygraph.GraphQL.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A document that does not parse is GRAPHQL_PARSE_FAILED (HTTP 200, like a validation error) with the offending
 * token's line and column in the message and in {@code locations}, classification InvalidSyntax, no data and no
 * stack trace (api/DocumentSyntax). GET is off in this application (405, as before); ParseErrorsOverGetTest turns
 * it on.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class ParseErrorsTest {

    static ValidatableResponse parseFailed(ValidatableResponse response, int line, int column) {
        return response.statusCode(200)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].extensions.classification", equalTo("InvalidSyntax"))
                .body("errors[0].message", containsString("at line " + line + " column " + column))
                .body("errors[0].locations[0].line", equalTo(line))
                .body("errors[0].locations[0].column", equalTo(column))
                .body(NO_STACK_TRACE);
    }

    @Test
    void anUnterminatedStringIsAParseErrorWithItsLineAndColumn() {
        parseFailed(post("{ facility(id: \"facility:koreplex) { name } }"), 1, 16)
                .body("errors[0].message", containsString("token recognition error"));
    }

    @Test
    void aStrayBraceIsAParseErrorWithItsLineAndColumn() {
        parseFailed(post("{ facility(id: \"facility:koreplex\") { name } } }"), 1, 48)
                .body("errors[0].message", containsString("'}'"));
    }

    @Test
    void theLineIsTheDocumentsLine() {
        // escaped line breaks in the JSON string are the document's own
        parseFailed(post("{\n  facility(id: \"facility:koreplex\") {\n    name(\n  }\n}"), 4, 3);
    }

    @Test
    void aDocumentSentAsApplicationGraphqlIsCheckedToo() {
        parseFailed(given().contentType("application/graphql")
                .body("{ facility(id: \"facility:koreplex\") { name }".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/graphql").then(), 1, 45);
    }

    @Test
    void aDocumentOverTheTokenLimitIsAParseError() {
        // quarkus.smallrye-graphql.parser-max-tokens=5000 (SmallRye alone would stop at graphql-java's 15,000)
        var fields = "name ".repeat(4980);
        post("{ facility(id: \"facility:koreplex\") { " + fields + "} }").statusCode(200)
                .body("errors[0].extensions.code", not(equalTo("GRAPHQL_PARSE_FAILED")));
        fields = "name ".repeat(5001);
        post("{ facility(id: \"facility:koreplex\") { " + fields + "} }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", containsString("More than 5,000 'grammar' tokens"))
                .body(NO_STACK_TRACE);
    }

    @Test
    void aDocumentThatParsesIsAnsweredAsBeforeAlsoTheSecondTime() {
        for (int i = 0; i < 2; i++) {
            post("{ facility(id: \"facility:koreplex\") { name status } }").statusCode(200)
                    .body("data.facility.name", equalTo("KOREPlex"))
                    .body("$", not(hasKey("errors")));
        }
    }

    @Test
    void aBodyThatIsNotJsonIsStillARequestError() {
        given().contentType(ContentType.JSON).body("{ not json").when().post("/graphql")
                .then().body("errors[0].extensions.code", not(equalTo("GRAPHQL_PARSE_FAILED"))).body(NO_STACK_TRACE);
    }

    @Test
    void getIsOffAsBefore() {
        given().queryParam("query", "{ facility(id: \"facility:koreplex\") { name } } }").when().get("/graphql")
                .then().statusCode(405);
    }

    @Test
    void variablesDoNotMatter() {
        parseFailed(post("query($id: ID!) { facility(id: $id) { name }", Map.of("id", "facility:koreplex")), 1, 45);
    }
}
