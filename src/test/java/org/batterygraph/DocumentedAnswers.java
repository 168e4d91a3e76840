package org.batterygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.json.JsonObject;

/**
 * Runs the queries of docs/queries.md and compares each answer with the one printed under it (with
 * {@code -Dqueries.update=true} it writes the live answers instead). The queries between
 * {@value #DATASETS_START} and {@value #DATASETS_END} are about the open datasets, which the seed graph of most
 * tests does not hold: DocumentedQueriesTest runs the others against the seed graph, DocumentedDatasetQueriesTest
 * those against a graph with the datasets imported (README command 1's first start).
 */
public final class DocumentedAnswers {

    public static final Path DOC = Path.of("docs/queries.md");
    public static final String DATASETS_START = "<!-- dataset-graph:start -->";
    public static final String DATASETS_END = "<!-- dataset-graph:end -->";
    private static final Pattern QUERY_AND_ANSWER =
            Pattern.compile("```graphql\\n(.*?)```\\s*\\n(?:[^`]*?\\n)?```json\\n(.*?)```", Pattern.DOTALL);

    private DocumentedAnswers() {
    }

    /**
     * Checks (or, with queries.update, rewrites) the answers of the queries inside the dataset sections when
     * {@code datasets}, of those outside them otherwise; returns how many queries it ran.
     */
    public static int check(boolean datasets) throws IOException {
        var doc = Files.readString(DOC);
        var regions = regions(doc);
        var matcher = QUERY_AND_ANSWER.matcher(doc);
        var updated = new StringBuilder();
        var mismatches = new ArrayList<String>();
        int queries = 0;
        while (matcher.find()) {
            int at = matcher.start();
            if (regions.stream().anyMatch(r -> at > r[0] && at < r[1]) != datasets) {
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
        assertThat(mismatches).as("queries whose answer differs from %s", DOC).isEmpty();
        return queries;
    }

    /** The [start, end) offsets of the dataset sections. */
    private static List<int[]> regions(String doc) {
        var regions = new ArrayList<int[]>();
        int from = doc.indexOf(DATASETS_START);
        while (from >= 0) {
            int to = doc.indexOf(DATASETS_END, from);
            assertThat(to).as("%s after offset %d is closed by %s", DATASETS_START, from, DATASETS_END).isPositive();
            regions.add(new int[] {from, to});
            from = doc.indexOf(DATASETS_START, to);
        }
        return regions;
    }
}
