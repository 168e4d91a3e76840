package org.batterygraph.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.batterygraph.GraphQL.NO_STACK_TRACE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/**
 * Every document limit of docs/errors.md at both sides of its bound: the largest allowed document is answered with
 * data, one more level, alias, field or byte is refused with its code (or HTTP status).
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class DocumentLimitsTest {

    @TestHTTPResource("/graphql")
    URL graphql;

    /**
     * A document whose deepest field is at exactly {@code levels} (root fields are level 1): introspection's
     * {@code ofType} chain, so the answer stays small at any depth, next to a lookup of an id that does not exist,
     * so that the document is not introspection only (that has limits of its own, IntrospectionTest).
     */
    static String nested(int levels) {
        var open = new StringBuilder("{ facility(id: \"facility:none\") { id } __type(name: \"Facility\") { fields { type {");
        for (int level = 4; level < levels; level++) {
            open.append(" ofType {");
        }
        return open + " name" + " }".repeat(levels - 1) + " }";
    }

    @Test
    void twelveLevelsAreAnsweredAndThirteenAreRefused() {
        assertThat(nested(12).chars().filter(c -> c == '{').count()).isEqualTo(13); // 11 nested selections, facility's, the document
        GraphQL.post(nested(12)).statusCode(200)
                .body("errors", nullValue())
                .body("data.__type.fields[0].type", notNullValue());
        GraphQL.post(nested(13)).statusCode(200)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].message", equalTo("the document nests fields 13 levels deep; at most 12 are allowed"));
    }

    @Test
    void depthCountsTheLevelsAFragmentAddsWhereItIsSpread() {
        // The fragment is 2 levels deep itself; spread in place of the deepest field of 12 (11) levels it reaches 13 (12).
        var fragment = "fragment T on __Type { ofType { name } }";
        GraphQL.post(nested(12).replace(" name }", " ...T }") + " " + fragment).statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
        GraphQL.post(nested(11).replace(" name }", " ...T }") + " " + fragment).statusCode(200)
                .body("errors", nullValue());
    }

    static String aliased(int aliases) {
        return IntStream.rangeClosed(1, aliases).mapToObj(i -> "a" + i + ": __typename")
                .collect(Collectors.joining(" ", "{ ", " }"));
    }

    @Test
    void thirtyAliasesAreAnsweredAndThirtyOneAreRefused() {
        GraphQL.post(aliased(30)).statusCode(200).body("errors", nullValue()).body("data.a30", equalTo("Query"));
        GraphQL.post(aliased(31)).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("TOO_MANY_ALIASES"));
    }

    /** A fragment on Query with {@code aliases} aliased fields, spread twice. */
    static String spreadTwice(int aliases) {
        return IntStream.rangeClosed(1, aliases).mapToObj(i -> "a" + i + ": __typename")
                .collect(Collectors.joining(" ", "{ ...F ...F } fragment F on Query { ", " }"));
    }

    @Test
    void aliasesAreCountedOnceFragmentsAreSpread() {
        GraphQL.post(spreadTwice(15)).statusCode(200).body("errors", nullValue()).body("data.a15", equalTo("Query"));
        GraphQL.post(spreadTwice(16)).statusCode(200).body("errors[0].extensions.code", equalTo("TOO_MANY_ALIASES"));
    }

    static String fields(int count) {
        return "{" + " __typename".repeat(count) + " }";
    }

    @Test
    void aThousandFieldsAreAnsweredAndOneThousandAndOneAreRefused() {
        GraphQL.post(fields(1000)).statusCode(200).body("errors", nullValue()).body("data.__typename", equalTo("Query"));
        GraphQL.post(fields(1001)).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void fieldsAreCountedOnceFragmentsAreSpread() {
        GraphQL.post("{ ...F ...F } fragment F on Query {" + " __typename".repeat(500) + " }").statusCode(200)
                .body("errors", nullValue());
        GraphQL.post("{ ...F ...F } fragment F on Query {" + " __typename".repeat(501) + " }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    /** A JSON body of exactly {@code bytes} bytes, padded inside a variable the document does not use. */
    static String body(int bytes) {
        var head = "{\"query\": \"{ __typename }\", \"variables\": {\"pad\": \"";
        var tail = "\"}}";
        var body = head + "x".repeat(bytes - head.length() - tail.length()) + tail;
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return body;
    }

    @Test
    void aBodyOf64KbIsAnsweredAndOneByteMoreGets413() throws IOException {
        var atLimit = post(body(64 * 1024));
        assertThat(atLimit).startsWith("HTTP/1.1 200").contains("\"__typename\":\"Query\"");
        var over = post(body(64 * 1024 + 1));
        assertThat(over).startsWith("HTTP/1.1 413").doesNotContain("\"__typename\":\"Query\"");
        assertThat(NO_STACK_TRACE.matches(over)).as("no stack trace in %s", over).isTrue();
    }

    /**
     * Sends the whole request in one write, then reads the whole answer from a raw socket: a client library that
     * streams the body can fail on its own write once the server has answered 413 and closed, before reading it.
     */
    private String post(String json) throws IOException {
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        var request = new ByteArrayOutputStream();
        request.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        request.write(bytes);
        try (var socket = new Socket(graphql.getHost(), graphql.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toByteArray());
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        }
    }

    private static String read(InputStream in) throws IOException {
        var answer = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0;) {
                answer.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            // reset after the server answered and closed: what was read is the answer
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRequestSmallRyeCannotTakeApartGets400WithBadRequest() {
        var response = given().contentType(ContentType.JSON)
                .body("{\"query\": \"{ __typename }\", \"variables\": \"not an object\"}")
                .when().post("/graphql").then().log().ifValidationFails()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body(NO_STACK_TRACE).extract().asString();
        assertThat(new JsonObject(response).getJsonArray("errors")).hasSize(1);
    }
}
