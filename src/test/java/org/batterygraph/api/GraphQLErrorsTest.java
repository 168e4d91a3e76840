package org.batterygraph.api;

import static io.restassured.RestAssured.given;
import static org.batterygraph.GraphQL.NO_STACK_TRACE;
import static org.batterygraph.GraphQL.post;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Who is at fault is said right: our failures are INTERNAL_ERROR (500), a wrong enum value is a validation error. */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class GraphQLErrorsTest {

    @Test
    void aFailureInsideTheGraphQLRouteIsAnInternalErrorWithALogReference() {
        given().contentType(ContentType.JSON).header(FailingRoute.HEADER, "1")
                .body(Map.of("query", "{ facility(id: \"facility:koreplex\") { name } }"))
                .when().post("/graphql")
                .then().statusCode(500)
                .body("errors[0].extensions.code", equalTo("INTERNAL_ERROR"))
                .body("errors[0].message", matchesRegex("The request failed; the server log has the cause under reference [0-9a-f-]{36}"))
                .body(allOf(NO_STACK_TRACE, org.hamcrest.Matchers.not(containsString("No bean found"))));
    }

    @Test
    void aMalformedRequestIsStillTheClientsFault() {
        given().contentType(ContentType.JSON).body("{\"query\": \"{ facility(id: \\\"x\\\") { name } }\", \"variables\": \"x\"}")
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aWrongEnumLiteralIsAValidationErrorNamingTheAllowedValues() {
        post("{ facilities(filter: {status: cancelled}) { nodes { id } } }")
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.classification", equalTo("ValidationError"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString(
                        "the values of FacilityStatus are [Announced, Bankrupt, Cancelled, Operational, Retired, UnderConstruction]"));
    }

    @Test
    void aStringWhereAnEnumIsExpectedIsAValidationError() {
        post("{ facilities(filter: {type: \"Gigafactory\"}) { nodes { id } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("the values of FacilityType are [Anode, CAM, CellGigafactory, ElectrodeMaterials, Mine, ModuleAssembly, Recycling, Refinery, ResearchFab, SolarFab, pCAM]"));
    }

    @Test
    void aWrongEnumVariableIsAValidationErrorNamingTheAllowedValues() {
        post("query($s: FacilityStatus) { facilities(filter: {status: $s}) { nodes { id } } }", Map.of("s", "cancelled"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("the values of FacilityStatus are [Announced"));
    }

    @Test
    void everyEnumArgumentRefusesAWrongValue() {
        for (var document : new String[] {
                "{ events(filter: {type: Party}) { nodes { id } } }",
                "{ neighbourhood(id: \"facility:koreplex\", relationshipTypes: [LIKES]) { nodes { id } } }",
                "{ neighbourhood(id: \"facility:koreplex\", labels: [Person]) { nodes { id } } }",
                "{ search(text: \"lithium\", kinds: [Person]) { id } }",
                "{ productionStats(metric: Happiness) { id } }" }) {
            post(document).body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                    .body("errors[0].message", containsString("the values of "));
        }
    }
}
