package org.batterygraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** neo4j/ is the shared database layer: it imports the model and api/ but no feature package and no GraphQL class. */
class LayersTest {

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern ALLOWED = Pattern.compile(
            "java\\..*|jakarta\\..*|org\\.neo4j\\.driver\\..*|org\\.jboss\\.logging\\..*|io\\.quarkus\\.(runtime|arc)\\..*"
                    + "|io\\.smallrye\\.config\\..*|io\\.micrometer\\..*|io\\.opentelemetry\\..*|org\\.eclipse\\.microprofile\\.(config|health)\\..*|org\\.batterygraph\\.(neo4j|model|api)\\..*");

    @Test
    void neo4jImportsNoFeatureAndNoGraphQLClass() throws IOException {
        var found = new TreeSet<String>();
        try (var files = Files.list(Path.of("src/main/java/org/batterygraph/neo4j"))) {
            for (var file : files.toList()) {
                IMPORT.matcher(Files.readString(file)).results().map(m -> m.group(1))
                        .filter(name -> !ALLOWED.matcher(name).matches())
                        .forEach(name -> found.add(file.getFileName() + ": " + name));
            }
        }
        assertThat(found).as("imports of neo4j/ outside the model, api/, the driver and the platform").isEmpty();
    }
}
