package org.batterygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.json.JsonObject;

/**
 * The queries of docs/queries.md and the answers printed under them. A query marked {@link #DATASETS} on a line of
 * its own before it is answered from the graph with the open datasets (README command 1's graph:
 * DocumentedDatasetQueriesTest); the others from the curated graph of the tests (DocumentedQueriesTest).
 */
final class DocumentedQueries {

    static final Path DOC = Path.of("docs/queries.md");
    /** Marks the next query as answered from the graph with the open datasets. */
    static final String DATASETS = "<!-- answered from the graph with the open datasets -->";
    private static final Pattern QUERY_AND_ANSWER =
            Pattern.compile("```graphql\\n(.*?)```\\s*\\n(?:[^`]*?\\n)?```json\\n(.*?)```", Pattern.DOTALL);

    private DocumentedQueries() {
    }

    /**
     * Runs the documented queries of one graph (marked {@link #DATASETS} or not) and checks that each returns
     * exactly the answer printed under it; with -Dqueries.update=true rewrites those answers instead. Returns how
     * many queries ran.
     */
    static int check(boolean datasets) throws IOException {
        var doc = Files.readString(DOC);
        var matcher = QUERY_AND_ANSWER.matcher(doc);
        var updated = new StringBuilder();
        var mismatches = new ArrayList<String>();
        int queries = 0;
        int previousEnd = 0;
        while (matcher.find()) {
            boolean marked = doc.substring(previousEnd, matcher.start()).contains("\n" + DATASETS + "\n");
            previousEnd = matcher.end();
            if (marked != datasets) {
                matcher.appendReplacement(updated, Matcher.quoteReplacement(matcher.group(0)));
                continue;
            }
            queries++;
            var query = matcher.group(1);
            var body = GraphQL.post(query).statusCode(200).extract().asString();
            var answer = new JsonObject(body);
            assertThat(answer.containsKey("errors")).as("errors for %s: %s", query, body).isFalse();
            if (!answer.equals(new JsonObject(matcher.group(2)))) {
                mismatches.add(query);
            }
            matcher.appendReplacement(updated, Matcher.quoteReplacement(
                    matcher.group(0).replace(matcher.group(2), answer.encodePrettily() + "\n")));
        }
        matcher.appendTail(updated);
        if (Boolean.getBoolean("queries.update")) {
            Files.writeString(DOC, updated.toString());
            mismatches.clear();
        }
        assertThat(mismatches).as("queries whose answer differs from docs/queries.md").isEmpty();
        return queries;
    }
}
