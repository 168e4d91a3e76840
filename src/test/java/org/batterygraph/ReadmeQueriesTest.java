package org.batterygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** The example queries of README.md work as pasted: no errors, and data from the graph in every root field. */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class ReadmeQueriesTest {

    private static final Pattern QUERY = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    /** Non-null scalars anywhere below a JSON value. */
    static long values(Object json) {
        if (json instanceof JsonObject object) {
            return object.fieldNames().stream().mapToLong(f -> values(object.getValue(f))).sum();
        }
        if (json instanceof io.vertx.core.json.JsonArray array) {
            return array.stream().mapToLong(ReadmeQueriesTest::values).sum();
        }
        return json == null ? 0 : 1;
    }

    @Test
    void everyReadmeExampleAnswersWithData() throws IOException {
        var matcher = QUERY.matcher(Files.readString(Path.of("README.md")));
        var queries = new ArrayList<String>();
        while (matcher.find()) {
            queries.add(matcher.group(1));
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(3);
        for (var query : queries) {
            var answer = new JsonObject(GraphQL.post(query).statusCode(200).extract().asString());
            assertThat(answer.containsKey("errors")).as("errors for %s: %s", query, answer).isFalse();
            var data = answer.getJsonObject("data");
            assertThat(data.getMap().values()).as("data of %s", query).doesNotContainNull();
            // {nodes: []} or [] has no value in it: every root field must answer at least one value from the graph.
            data.fieldNames().forEach(field -> assertThat(values(data.getValue(field)))
                    .as("values under %s in %s", field, data).isPositive());
        }
    }
}
