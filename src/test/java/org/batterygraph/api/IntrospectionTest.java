package org.batterygraph.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.batterygraph.GraphQL.NO_STACK_TRACE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The GraphQL UI works: the introspection queries GraphiQL and other clients send are answered in full, and
 * introspection has limits of its own (docs/errors.md), at both sides of each bound.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class IntrospectionTest {

    private static final List<IntrospectionQuery> VARIANTS = List.of(IntrospectionQuery.DEFAULTS,
            IntrospectionQuery.GRAPHIQL, IntrospectionQuery.ALL);

    @Test
    void theStandardIntrospectionQueryIsAnsweredWithTheWholeSchema() {
        var queries = new java.util.ArrayList<String>();
        VARIANTS.forEach(v -> queries.add(v.text()));
        queries.add(IntrospectionQuery.GRAPHIQL.sansSubscriptions());
        for (var query : queries) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("query", query, "operationName", "IntrospectionQuery"))
                    .when().post("/graphql").then().log().ifValidationFails()
                    .statusCode(200)
                    .body("errors", nullValue())
                    .body("data.__schema.queryType.name", equalTo("Query"))
                    .body("data.__schema.mutationType.name", equalTo("Mutation"))
                    .body("data.__schema.types.name", hasItem("Facility"))
                    .body("data.__schema.types.find { it.name == 'Query' }.fields.name", hasItem("neighbourhood"))
                    .body("data.__schema.types.find { it.name == 'Facility' }.description", notNullValue())
                    .body("data.__schema.directives.name", hasItem("skip"));
        }
    }

    @Test
    void everyOptionIsAnswered() {
        GraphQL.post(IntrospectionQuery.ALL.text()).statusCode(200)
                .body("errors", nullValue())
                .body("data.__schema.types.find { it.name == 'Date' }.kind", equalTo("SCALAR"))
                .body("data.__schema.types.find { it.name == 'FacilityFilter' }.isOneOf", equalTo(false))
                .body("data.__schema.types.find { it.name == 'Query' }.isOneOf", nullValue())
                .body("data.__schema.directives.find { it.name == 'skip' }.isRepeatable", equalTo(false));
    }

    /** A {@code __type} document whose deepest field is at exactly {@code levels}: the {@code ofType} chain. */
    static String nested(int levels) {
        var open = new StringBuilder("{ __type(name: \"Facility\") { fields { type {");
        for (int level = 4; level < levels; level++) {
            open.append(" ofType {");
        }
        return open + " name" + " }".repeat(levels - 1) + " }";
    }

    @Test
    void introspectionMayNestFifteenLevelsNotSixteen() {
        GraphQL.post(nested(15)).statusCode(200)
                .body("errors", nullValue())
                .body("data.__type.fields[0].type", notNullValue());
        GraphQL.post(nested(16)).statusCode(200)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].message",
                        equalTo("the document nests fields 16 levels deep; at most 15 are allowed in an introspection document"));
    }

    @Test
    void introspectionNextToAnotherRootFieldHasTheOrdinaryLimits() {
        GraphQL.post(nested(13).replaceFirst("\\{ ", "{ facility(id: \"facility:koreplex\") { id } ")).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].message", equalTo("the document nests fields 13 levels deep; at most 12 are allowed"));
    }

    @Test
    void introspectionMayAskForThreeHundredFieldsNotMore() {
        // __type itself and 299 (300) names
        GraphQL.post("{ __type(name: \"Facility\") {" + " name".repeat(299) + " } }").statusCode(200)
                .body("errors", nullValue()).body("data.__type.name", equalTo("Facility"));
        GraphQL.post("{ __type(name: \"Facility\") {" + " name".repeat(300) + " } }").statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void cyclicIntrospectionIsRefusedWithACode() {
        // Within the depth bound, but each __Type.fields below another multiplies the answer by the fields there are.
        var cyclic = "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }";
        var body = GraphQL.post(cyclic).statusCode(200)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", containsString("__Type.fields"))
                .extract().asString();
        assertThat(NO_STACK_TRACE.matches(body)).isTrue();
    }

    @Test
    void theGraphQLUiIsServed() {
        var page = given().when().get("/q/graphql-ui/").then().log().ifValidationFails()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract().asString();
        assertThat(page).contains("graphiql").contains("render.js");
        given().when().get("/q/graphql-ui/render.js").then().statusCode(200)
                .body(containsString("/graphql"));
    }
}
