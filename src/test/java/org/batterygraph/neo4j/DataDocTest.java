package org.batterygraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The counts in docs/data.md are the counts of the loaded graph. */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class DataDocTest {

    private static final Pattern ROW = Pattern.compile("^\\| (\\w+) \\| (\\d+) \\|$", Pattern.MULTILINE);

    @Inject
    Driver driver;

    @Test
    void documentedCountsByLabelAndTypeAreTheLoadedCounts() throws IOException {
        var documented = new TreeMap<String, Long>();
        var matcher = ROW.matcher(Files.readString(Path.of("docs/data.md")));
        while (matcher.find()) {
            documented.put(matcher.group(1), Long.parseLong(matcher.group(2)));
        }
        var actual = new TreeMap<String, Long>();
        driver.executableQuery("""
                MATCH (n:Entity) RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS name, count(*) AS n
                UNION ALL
                MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS n
                """).execute().records().forEach(r -> actual.put(r.get("name").asString(), r.get("n").asLong()));
        assertThat((Map<String, Long>) documented).isEqualTo(actual);
    }

    /** Every value a property of a model value set holds in the loaded graph is one of the set's (nothing drifts). */
    @Test
    void everyStoredValueOfAValueSetIsTheModels() {
        var outside = new java.util.TreeSet<String>();
        for (var kind : org.batterygraph.model.NodeKind.values()) {
            for (var property : kind.properties()) {
                if (property.values() != null) {
                    driver.executableQuery("MATCH (n:`%s`) WHERE n.`%s` IS NOT NULL RETURN DISTINCT n.`%s` AS v"
                            .formatted(kind.label(), property.name(), property.name())).execute().records().stream()
                            .map(r -> r.get("v").asString()).filter(v -> !property.allowed().contains(v))
                            .forEach(v -> outside.add(kind + "." + property.name() + " = " + v));
                }
            }
        }
        for (var type : org.batterygraph.model.RelationshipType.values()) {
            for (var property : type.properties()) {
                if (property.values() != null) {
                    driver.executableQuery("MATCH ()-[r:`%s`]->() WHERE r.`%s` IS NOT NULL RETURN DISTINCT r.`%s` AS v"
                            .formatted(type.type(), property.name(), property.name())).execute().records().stream()
                            .map(r -> r.get("v").asString()).filter(v -> !property.allowed().contains(v))
                            .forEach(v -> outside.add(type + "." + property.name() + " = " + v));
                }
            }
        }
        assertThat(outside).as("stored values outside the model's value sets").isEmpty();
    }
}
