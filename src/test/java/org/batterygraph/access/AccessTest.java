package org.batterygraph.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.batterygraph.GraphQL.NO_STACK_TRACE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.batterygraph.TestWrites;
import org.batterygraph.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Reads are open; every mutation needs a valid token with the right role, or nothing is written. */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class AccessTest {

    /** A test source: what the allowed writes leave behind is removed again by TestWrites. */
    static final Map<String, Object> EVIDENCE = Map.of("sourceId", "source:test-access",
            "newSource", Map.of("title", "Access test", "kind", "Dataset"), "quote", "q", "assertedOn", "2025-02-10");

    /** Each mutation with valid arguments, and the role it needs. */
    record Mutation(String name, String role, String document, Map<String, Object> variables) {
    }

    static final List<Mutation> MUTATIONS = List.of(
            new Mutation("upsertOrganization", "editor", """
                    mutation ($e: EvidenceInput!) { upsertOrganization(evidence: $e,
                      input: {id: "org:test-intruder", name: "Intruder", orgType: Company}) { created } }""",
                    Map.of("e", EVIDENCE)),
            new Mutation("upsertFacility", "editor", """
                    mutation ($e: EvidenceInput!) { upsertFacility(evidence: $e,
                      input: {id: "facility:test-intruder", name: "Intruder", type: Mine, status: Announced}) { created } }""",
                    Map.of("e", EVIDENCE)),
            new Mutation("assertRelationship", "editor", """
                    mutation ($e: EvidenceInput!) { assertRelationship(evidence: $e,
                      input: {from: "org:freyr", type: OPERATES, to: "facility:koreplex"}) { claimId } }""",
                    Map.of("e", EVIDENCE)),
            new Mutation("retireClaim", "admin", """
                    mutation { retireClaim(id: "claim:facility:koreplex.jobs@S4", reason: "test") { status } }""",
                    Map.of()));

    @Inject
    Driver driver;

    @AfterEach
    void removeTestWrites() {
        TestWrites.remove(driver);
    }

    @Test
    void theDevTokenEndpointIssuesATokenThatGrantsExactlyTheRolesAskedFor() {
        String editorToken = io.restassured.RestAssured.given().queryParam("role", "editor").queryParam("user", "test-dev")
                .when().get("/dev/token").then().statusCode(200).extract().asString().trim();
        assertThat(editorToken.split("\\.")).as("a signed JWT: header.payload.signature").hasSize(3);
        var upsert = MUTATIONS.get(0);
        GraphQL.post(editorToken, upsert.document(), upsert.variables()).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.upsertOrganization.created", org.hamcrest.Matchers.equalTo(true));
        var retire = MUTATIONS.get(3);
        GraphQL.post(editorToken, retire.document(), retire.variables()).statusCode(200)
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("FORBIDDEN"));
        assertThat(driver.executableQuery("MATCH (o:Organization {id: 'org:test-intruder'}) RETURN o.createdBy AS by").execute()
                .records().get(0).get("by").asString()).as("the user named in the request").isEqualTo("test-dev");
        io.restassured.RestAssured.given().queryParam("role", "superuser").when().get("/dev/token").then().statusCode(400);
    }

    @Test
    void everyMutationWithoutATokenIsRefusedAsUnauthenticated() {
        assertRefused(m -> null, "UNAUTHENTICATED");
    }

    @Test
    void everyMutationWithTooLowARoleIsRefusedAsForbidden() {
        assertRefused(m -> Tokens.of("test-reader", m.role().equals("admin") ? "editor" : "analyst"), "FORBIDDEN");
    }

    @Test
    void expiredWronglySignedOrForeignTokensAreRefusedWith401() {
        for (var token : List.of(Tokens.expired("test-x", "editor", "admin"), Tokens.wronglySigned("test-x", "editor", "admin"),
                Tokens.otherIssuer("test-x", "editor", "admin"), "not.a.jwt")) {
            var before = TestWrites.counts(driver);
            for (var mutation : MUTATIONS) {
                var response = given().contentType(ContentType.JSON).auth().oauth2(token)
                        .body(Map.of("query", mutation.document(), "variables", mutation.variables()))
                        .post("/graphql").then().extract();
                assertThat(response.statusCode()).as(mutation.name()).isEqualTo(401);
                assertThat(response.body().asString()).as(mutation.name()).doesNotContain("at org.");
            }
            assertThat(TestWrites.counts(driver)).isEqualTo(before);
        }
    }

    @Test
    void theRightRoleIsEnoughAndReadsNeedNoToken() {
        for (var mutation : MUTATIONS) {
            GraphQL.post(Tokens.of("test-writer", mutation.role()), mutation.document(), mutation.variables())
                    .statusCode(200).body("errors", nullValue()).body("data." + mutation.name(), notNullValue());
        }
        GraphQL.post("{ organization(id: \"org:abtc\") { name } }").statusCode(200)
                .body("data.organization.name", equalTo("American Battery Technology Company"));
    }

    private void assertRefused(Function<Mutation, String> token, String code) {
        var before = TestWrites.counts(driver);
        for (var mutation : MUTATIONS) {
            var t = token.apply(mutation);
            var response = t == null ? GraphQL.post(mutation.document(), mutation.variables())
                    : GraphQL.post(t, mutation.document(), mutation.variables());
            response.statusCode(200)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo(code))
                    .body(NO_STACK_TRACE);
        }
        assertThat(TestWrites.counts(driver)).isEqualTo(before);
    }
}
