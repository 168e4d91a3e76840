package org.batterygraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The example files for cypher-shell and Neo4j Browser run as they are on the loaded graph and answer something. */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class CypherExamplesTest {

    @Inject
    Driver driver;

    static boolean meaningful(org.neo4j.driver.Value value) {
        if (value.isNull()) {
            return false;
        }
        var object = value.asObject();
        if (object instanceof Number number) {
            return number.doubleValue() != 0;
        }
        if (object instanceof java.util.Collection<?> collection) {
            return !collection.isEmpty();
        }
        return !(object instanceof String text) || !text.isBlank();
    }

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("cypher/examples")).filter(p -> p.toString().endsWith(".cypher")).sorted().toList().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleRunsAndReturnsRows(Path example) throws IOException {
        var statements = CypherScript.split(Files.readString(example));
        assertThat(statements).isNotEmpty();
        for (var statement : statements) {
            var records = driver.executableQuery(statement).execute().records();
            assertThat(records).as("%s returns rows", example.getFileName()).isNotEmpty();
            // One row of count = 0 or of nulls is an answer about nothing: some value must be there.
            assertThat(records.stream().flatMap(r -> r.values().stream()).filter(CypherExamplesTest::meaningful))
                    .as("%s answers some value that is not null, zero or empty", example.getFileName()).isNotEmpty();
        }
    }
}
