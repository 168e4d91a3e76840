package org.batterygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Questions of docs/queries.md answered as the doc shows them (DocumentedQueriesTest holds doc = live answer), and
 * the live answer checked against what the seed files state, read as text by the test ({@link SeedFiles}), not
 * with the API's Cypher.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class DocumentedAnswersFromSeedTest {

    /** The first GraphQL document under the heading {@code title} of docs/queries.md. */
    static String documentedQuery(String title) throws IOException {
        var doc = Files.readString(Path.of("docs/queries.md"));
        int at = doc.indexOf("## " + title);
        assertThat(at).as("docs/queries.md has the question %s", title).isNotNegative();
        var matcher = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(matcher.find(at)).isTrue();
        return matcher.group(1);
    }

    static JsonPath answer(String title) throws IOException {
        return new JsonPath(GraphQL.post(documentedQuery(title)).statusCode(200).extract().asString()).setRootPath("data");
    }

    static final Map<String, SeedFiles.Entity> BY_ID = SeedFiles.entities().stream()
            .collect(Collectors.toMap(SeedFiles.Entity::id, Function.identity()));

    @Test
    void cancelledUsPlantsAreTheSeedsCancelledFacilitiesInTheUsInTheOrderTheyWereCancelled() throws IOException {
        var inUs = SeedFiles.facilitiesIn("country:US");
        var expected = SeedFiles.entities("Facility").stream()
                .filter(f -> "Cancelled".equals(f.prop("status")) && inUs.contains(f.id()))
                .sorted(Comparator.comparing((SeedFiles.Entity f) -> f.prop("cancelled"), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
        var answer = answer("Which US battery plants were cancelled, and when?");
        assertThat(answer.getList("facilities.nodes.name", String.class))
                .containsExactlyElementsOf(expected.stream().map(SeedFiles.Entity::name).toList());
        assertThat(answer.getList("facilities.nodes.cancelled", String.class))
                .containsExactlyElementsOf(expected.stream().map(f -> f.prop("cancelled")).toList());
        assertThat(answer.getList("facilities.nodes.jobs", Integer.class))
                .containsExactlyElementsOf(expected.stream().map(f -> f.number("jobs") == null ? null : f.number("jobs").intValue()).toList());
    }

    @Test
    void consortiumMembersAndRolesAreTheSeedsMemberOfRows() throws IOException {
        var expected = new TreeMap<String, TreeSet<String>>();
        SeedFiles.entities("Consortium").forEach(c -> expected.put(c.name(), new TreeSet<>()));
        SeedFiles.relationships("MEMBER_OF").forEach(r -> expected.get(BY_ID.get(r.to()).name())
                .add(BY_ID.get(r.from()).name() + "=" + r.role()));
        var answer = answer("Who belongs to which consortium, in which role?");
        var answered = new TreeMap<String, TreeSet<String>>();
        List<Map<String, Object>> consortia = answer.getList("consortia.nodes");
        for (var consortium : consortia) {
            var members = new TreeSet<String>();
            for (var member : (List<Map<String, Object>>) consortium.get("members")) {
                members.add(((Map<?, ?>) member.get("organization")).get("name") + "=" + member.get("role"));
            }
            answered.put((String) consortium.get("name"), members);
        }
        assertThat(answered).as("consortia with their members and roles").isEqualTo(expected);
        assertThat(expected.values().stream().mapToInt(TreeSet::size).sum()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theConflictsAreTheSeedsConflictRows() throws IOException {
        var expected = SeedFiles.conflictReasons();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(5);
        var answer = answer("Which claims contradict each other?");
        assertThat(answer.getList("conflicts.reason", String.class)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(answer.getList("conflicts.claim.source.id", String.class)).doesNotContainNull();
    }
}
