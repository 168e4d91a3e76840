package org.batterygraph.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.batterygraph.Neo4jTestResource;
import org.batterygraph.TestWrites;
import org.batterygraph.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * Eight clients write overlapping facts for a minute (-Dconcurrency.seconds to change it): the same few
 * organizations, the same relationships, from the same few sources, some new. Afterwards every acknowledged write
 * is in the graph and nothing exists twice. The organizations' descriptions change all the time: every acknowledged
 * value stays as an active or superseded claim, and each organization's description follows the value rule. The
 * three sources disagree all the time: two active claims from two sources conflict exactly when their values differ.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class ConcurrentWritesTest {

    static final int CLIENTS = 8;
    static final int ORGANIZATIONS = 4;
    static final int SOURCES = 3;
    static final String UPSERT = """
            mutation ($input: OrganizationInput!, $evidence: EvidenceInput!) {
              upsertOrganization(input: $input, evidence: $evidence) { claimIds }
            }""";
    static final String RELATE = """
            mutation ($input: RelationshipInput!, $evidence: EvidenceInput!) {
              assertRelationship(input: $input, evidence: $evidence) { claimId }
            }""";

    /** What an acknowledged write promises: these claims exist, and this relationship carries this source. */
    record Promise(List<String> claimIds, String from, String type, String to, String sourceId, String description) {
    }

    @TestHTTPResource("/graphql")
    URL graphql;

    @Inject
    Driver driver;

    @AfterEach
    void removeTestWrites() {
        TestWrites.remove(driver);
    }

    @Test
    void eightClientsWritingOverlappingClaimsLoseNothingAndDuplicateNothing() throws Exception {
        long seconds = Long.getLong("concurrency.seconds", 60);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        var promises = ConcurrentHashMap.<Promise>newKeySet();
        var refusals = new ConcurrentHashMap<String, Integer>();
        var http = HttpClient.newHttpClient();
        var token = Tokens.of("test-concurrent-editor", "editor");
        for (int i = 0; i < Math.max(ORGANIZATIONS, SOURCES); i++) {
            // the shared organizations exist before the clients start, so every relationship write is valid
            var response = http.send(HttpRequest.newBuilder(graphql.toURI()).header("content-type", "application/json")
                    .header("authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(nextWrite(new Random(i), i % ORGANIZATIONS, i % SOURCES, true).body()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.body()).doesNotContain("\"errors\"");
        }

        List<Callable<Integer>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            var random = new Random(c);
            clients.add(() -> {
                int sent = 0;
                while (System.nanoTime() < deadline) {
                    var write = nextWrite(random, random.nextInt(ORGANIZATIONS), random.nextInt(SOURCES), random.nextBoolean());
                    var response = http.send(HttpRequest.newBuilder(graphql.toURI())
                            .header("content-type", "application/json").header("authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString(write.body())).build(), HttpResponse.BodyHandlers.ofString());
                    sent++;
                    var body = new JsonObject(response.body());
                    if (response.statusCode() == 200 && body.getJsonArray("errors") == null) {
                        promises.add(write.promise(body.getJsonObject("data")));
                    } else {
                        refusals.merge(response.statusCode() + " " + body.encode().replaceAll(".*\"code\":\"(\\w+)\".*", "$1"), 1, Integer::sum);
                    }
                }
                return sent;
            });
        }
        int sent = 0;
        var pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (var result : pool.invokeAll(clients)) {
                sent += result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("Concurrent writes: %d clients x %d s: %d writes sent, %d distinct acknowledged, refused %s%n",
                CLIENTS, seconds, sent, promises.size(), new TreeMap<>(refusals));

        assertThat(promises).as("acknowledged writes").hasSizeGreaterThan(CLIENTS);
        assertThat(refusals).as("writes refused (none expected: the driver retries deadlocks)").isEmpty();
        var claimIds = promises.stream().flatMap(p -> p.claimIds().stream()).distinct().toList();
        var found = driver.executableQuery("""
                UNWIND $ids AS id OPTIONAL MATCH (c:Claim {id: id})-[:STATED_IN]->(:Source)
                RETURN id, count(c) AS n""").withParameters(Map.of("ids", claimIds)).execute().records();
        // (at most once is the claim_id constraint's; that it exists, stated in its source, is the write's promise)
        assertThat(found).as("every acknowledged claim exists, with its source")
                .allSatisfy(r -> assertThat(r.get("n").asLong()).as(r.get("id").asString()).isEqualTo(1));
        for (var p : promises.stream().filter(p -> p.type() != null).toList()) {
            var relationships = driver.executableQuery("""
                    MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to}) WHERE type(r) = $type
                    RETURN r.sources AS sources, r.claims AS claims""").withParameters(Map.of("from", p.from(), "to", p.to(), "type", p.type()))
                    .execute().records();
            // No constraint keeps a relationship single: two concurrent MERGEs could each create one.
            assertThat(relationships).as("%s-%s->%s exists once", p.from(), p.type(), p.to()).hasSize(1);
            assertThat(relationships.get(0).get("sources").asList()).as("sources of %s-%s->%s", p.from(), p.type(), p.to())
                    .contains(p.sourceId());
            assertThat(relationships.get(0).get("claims").asList()).as("claims of %s-%s->%s", p.from(), p.type(), p.to())
                    .contains(p.claimIds().get(0));
        }
        // History, never overwrite: every acknowledged description is still there, Active or Superseded, with its value
        var descriptionClaims = promises.stream().filter(p -> p.description() != null)
                .flatMap(p -> p.claimIds().stream().filter(id -> id.contains(".description@")).map(id -> Map.entry(id, p.description())))
                .distinct().toList();
        assertThat(descriptionClaims).as("acknowledged description claims").hasSizeGreaterThan(CLIENTS);
        var stored = new TreeMap<String, List<String>>();
        driver.executableQuery("UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN id, c.value AS value, c.status AS status")
                .withParameters(Map.of("ids", descriptionClaims.stream().map(Map.Entry::getKey).distinct().toList())).execute()
                .records().forEach(r -> stored.put(r.get("id").asString(), List.of(r.get("value").asString(), r.get("status").asString())));
        assertThat(descriptionClaims).allSatisfy(e -> {
            assertThat(stored.get(e.getKey())).as(e.getKey()).isNotNull();
            assertThat(stored.get(e.getKey()).get(0)).as("value of %s", e.getKey()).isEqualTo(e.getValue());
            assertThat(stored.get(e.getKey()).get(1)).as("status of %s", e.getKey()).isIn("Active", "Superseded");
        });
        assertThat(stored.values().stream().filter(v -> v.get(1).equals("Superseded"))).as("superseded claims").isNotEmpty();
        // one active claim per organization, property and source; no organization twice
        var activePerSource = driver.executableQuery("""
                MATCH (n:Organization)<-[:ABOUT]-(c:Claim)-[:STATED_IN]->(s:Source)
                WHERE n.id STARTS WITH 'org:test-conc-' AND c.status = 'Active' AND c.property IS NOT NULL
                RETURN n.id + ' ' + c.property + ' @' + s.id AS key, count(c) AS n""").execute().records();
        assertThat(activePerSource).isNotEmpty().allSatisfy(r -> assertThat(r.get("n").asLong()).as(r.get("key").asString()).isEqualTo(1));
        assertThat(driver.executableQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'org:test-conc-' RETURN count(n) AS n, count(DISTINCT n.id) AS ids")
                .execute().records().get(0).get("n").asLong()).as("organizations written").isEqualTo(ORGANIZATIONS);
        // each organization's description is its value rule's claim's: most confident, then latest asserted, then latest recorded
        for (int o = 0; o < ORGANIZATIONS; o++) {
            var id = "org:test-conc-" + o;
            var rule = driver.executableQuery("""
                    MATCH (n:Organization {id: $id})<-[:ABOUT]-(c:Claim {property: 'description', status: 'Active'})
                    WITH n, c ORDER BY coalesce(c.preferred, false) DESC,
                         CASE c.confidence WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END DESC,
                         c.assertedOn DESC, c.recordedAt DESC, c.id DESC
                    RETURN n.description AS value, collect(c.value)[0] AS expected""").withParameters(Map.of("id", id))
                    .execute().records().get(0);
            assertThat(rule.get("value").asString()).as("description of %s follows the value rule", id).isEqualTo(rule.get("expected").asString());
            var answered = new JsonObject(http.send(HttpRequest.newBuilder(graphql.toURI()).header("content-type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query",
                            "{ organization(id: \"" + id + "\") { description valueClaims { property claim { value status } } } }").encode()))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).getJsonObject("data").getJsonObject("organization");
            assertThat(answered.getString("description")).isEqualTo(rule.get("value").asString());
            var named = answered.getJsonArray("valueClaims").stream().map(JsonObject.class::cast)
                    .filter(v -> v.getString("property").equals("description")).findFirst().orElseThrow().getJsonObject("claim");
            assertThat(named.getString("value")).as("the API names the claim the value comes from").isEqualTo(rule.get("value").asString());
            assertThat(named.getString("status")).isEqualTo("Active");
        }
        // Conflicts the graph finds: two active claims about one property of one organization from different sources
        // conflict exactly when their values differ, once per pair, whichever client wrote them when.
        var pairs = driver.executableQuery("""
                MATCH (n:Organization)<-[:ABOUT]-(a:Claim)-[:STATED_IN]->(sa:Source)
                WHERE n.id STARTS WITH 'org:test-conc-' AND a.status = 'Active' AND a.property IS NOT NULL AND a.property <> 'aliases'
                MATCH (n)<-[:ABOUT]-(b:Claim)-[:STATED_IN]->(sb:Source)
                WHERE b.property = a.property AND b.status = 'Active' AND sa.id < sb.id
                RETURN a.id + ' / ' + b.id AS pair, a.value <> b.value AS differ,
                       [(a)-[x:CONFLICTS_WITH]-(b) | x.kind] AS kinds""").execute().records();
        assertThat(pairs).as("pairs of active claims from different sources").isNotEmpty();
        assertThat(pairs).filteredOn(r -> r.get("differ").asBoolean()).as("pairs that differ").isNotEmpty();
        assertThat(pairs).allSatisfy(r -> assertThat(r.get("kinds").asList(v -> v.asString())).as(r.get("pair").asString())
                .isEqualTo(r.get("differ").asBoolean() ? List.of("DifferentValues") : List.of()));
        // A superseded claim keeps its conflicts, inactive: it is not disputed and the root list leaves its pairs out.
        var differing = pairs.stream().filter(r -> r.get("differ").asBoolean()).count();
        var listed = new JsonObject(http.send(HttpRequest.newBuilder(graphql.toURI()).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query",
                        "{ conflicts(kind: DifferentValues) { claim { id status disputed } counterClaim { id status disputed } } }").encode()))
                .build(), HttpResponse.BodyHandlers.ofString()).body()).getJsonObject("data").getJsonArray("conflicts").stream()
                .map(JsonObject.class::cast).filter(c -> c.getJsonObject("claim").getString("id").contains("@test-conc")).toList();
        assertThat(listed).as("active conflicts listed").hasSize((int) differing).allSatisfy(c -> {
            assertThat(c.getJsonObject("claim").getString("status")).isEqualTo("Active");
            assertThat(c.getJsonObject("counterClaim").getString("status")).isEqualTo("Active");
            assertThat(c.getJsonObject("claim").getBoolean("disputed")).isTrue();
        });
        var staleConflicts = driver.executableQuery("""
                MATCH (a:Claim)-[x:CONFLICTS_WITH]-(:Claim) WHERE a.id CONTAINS '@test-conc' AND a.status = 'Superseded'
                RETURN a.id AS id LIMIT 1""").execute().records();
        assertThat(staleConflicts).as("superseded claims that keep their conflicts").isNotEmpty();
        var superseded = new JsonObject(http.send(HttpRequest.newBuilder(graphql.toURI()).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", "{ claim(id: \""
                        + staleConflicts.get(0).get("id").asString() + "\") { disputed conflicts { active kind } } }").encode()))
                .build(), HttpResponse.BodyHandlers.ofString()).body()).getJsonObject("data").getJsonObject("claim");
        assertThat(superseded.getBoolean("disputed")).as("a superseded claim is not disputed").isFalse();
        assertThat(superseded.getJsonArray("conflicts").stream().map(JsonObject.class::cast))
                .isNotEmpty().allSatisfy(c -> assertThat(c.getBoolean("active")).isFalse());
        // A lost update or a double append shows in the lists a relationship keeps: each source and claim once.
        var touched = driver.executableQuery("""
                MATCH (a)-[r]->(b) WHERE NOT type(r) IN ['STATED_IN', 'ABOUT', 'CONFLICTS_WITH'] AND any(s IN r.sources WHERE s STARTS WITH 'source:test-conc')
                RETURN a.id + '-' + type(r) + '->' + b.id AS name, r.sources AS sources, r.claims AS claims""").execute().records();
        assertThat(touched).as("relationships the clients wrote").isNotEmpty();
        assertThat(touched).allSatisfy(r -> {
            assertThat(r.get("sources").asList()).as("sources of %s", r.get("name").asString()).doesNotHaveDuplicates();
            assertThat(r.get("claims").asList()).as("claims of %s", r.get("name").asString()).doesNotHaveDuplicates();
            // every test source appended to the relationship has its claim appended too, and no claim is without one
            var testSources = r.get("sources").asList(v -> v.asString()).stream().filter(x -> x.startsWith("source:test-conc"))
                    .map(x -> x.substring("source:".length())).sorted().toList();
            var testClaims = r.get("claims").asList(v -> v.asString()).stream().filter(x -> x.contains("@test-conc"))
                    .map(x -> x.substring(x.indexOf('@') + 1)).sorted().toList();
            assertThat(testClaims).as("sources named by the claims of %s", r.get("name").asString()).isEqualTo(testSources);
        });
    }

    /** A random write over a small, shared set of ids, so that clients collide all the time. */
    record PlannedWrite(String body, String from, String type, String to, String sourceId, String description) {
        Promise promise(JsonObject data) {
            if (type == null) {
                var ids = data.getJsonObject("upsertOrganization").getJsonArray("claimIds").stream().map(Object::toString).toList();
                return new Promise(ids, null, null, null, sourceId, description);
            }
            return new Promise(List.of(data.getJsonObject("assertRelationship").getString("claimId")), from, type, to, sourceId, null);
        }
    }

    static PlannedWrite nextWrite(Random random, int organization, int source, boolean upsert) {
        var sourceId = "source:test-conc-" + source;
        var evidence = new JsonObject().put("sourceId", sourceId)
                .put("newSource", new JsonObject().put("title", "Concurrency source " + source).put("kind", "Dataset"))
                .put("quote", "statement " + random.nextInt(3)).put("assertedOn", "2025-01-0" + (1 + random.nextInt(9)));
        var org = "org:test-conc-" + organization;
        if (upsert) {
            var description = "description " + random.nextInt(5);
            var input = new JsonObject().put("id", org).put("name", "Concurrent " + org.substring(14)).put("orgType", "Company")
                    .put("aliases", List.of("alias " + random.nextInt(3))).put("description", description);
            return new PlannedWrite(body(UPSERT, input, evidence), null, null, null, sourceId, description);
        }
        // Relationships between seed nodes and the shared organizations, created concurrently by several clients
        var targets = List.of("consortium:eba", "consortium:nbmc", "consortium:li-bridge");
        var to = targets.get(random.nextInt(targets.size()));
        var ensureOrg = random.nextInt(4) == 0;
        var from = ensureOrg ? "org:freyr" : org;
        var input = new JsonObject().put("from", from).put("type", "MEMBER_OF").put("to", to).put("role", "Member");
        return new PlannedWrite(body(RELATE, input, evidence), from, "MEMBER_OF", to, sourceId, null);
    }

    private static String body(String document, JsonObject input, JsonObject evidence) {
        return new JsonObject().put("query", document)
                .put("variables", new JsonObject().put("input", input).put("evidence", evidence)).encode();
    }
}
