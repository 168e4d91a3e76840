package org.batterygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * Every query in docs/queries.md runs, and returns exactly the answer printed under it. After a deliberate data
 * or schema change, refresh the printed answers: ./mvnw verify -Dtest=DocumentedQueriesTest -Dqueries.update=true
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class DocumentedQueriesTest {

    private static final Path DOC = Path.of("docs/queries.md");
    private static final Pattern QUERY_AND_ANSWER =
            Pattern.compile("```graphql\\n(.*?)```\\s*\\n(?:[^`]*?\\n)?```json\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyDocumentedQueryReturnsItsDocumentedAnswer() throws IOException {
        var doc = Files.readString(DOC);
        var matcher = QUERY_AND_ANSWER.matcher(doc);
        var updated = new StringBuilder();
        var mismatches = new ArrayList<String>();
        int queries = 0;
        while (matcher.find()) {
            queries++;
            var query = matcher.group(1);
            var body = GraphQL.post(query).statusCode(200).extract().asString();
            var answer = new JsonObject(body);
            assertThat(answer.containsKey("errors")).as("errors for %s: %s", query, body).isFalse();
            if (!answer.equals(new JsonObject(matcher.group(2)))) {
                mismatches.add(query);
            }
            matcher.appendReplacement(updated, java.util.regex.Matcher.quoteReplacement(
                    matcher.group(0).replace(matcher.group(2), answer.encodePrettily() + "\n")));
        }
        matcher.appendTail(updated);
        if (Boolean.getBoolean("queries.update")) {
            Files.writeString(DOC, updated.toString());
            mismatches.clear();
        }
        assertThat(queries).as("queries in %s", DOC).isGreaterThanOrEqualTo(5);
        assertThat(mismatches).as("queries whose answer differs from docs/queries.md").isEmpty();
    }
}
