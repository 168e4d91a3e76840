package org.batterygraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.batterygraph.SeedFiles;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * seed-mode ALWAYS on a database that already holds a graph, with one seed entity edited by hand: the seed files
 * are MERGEd again at start, so every seed entity is there (counted from the seed file itself) and the edited
 * value is back to the file's; what was not from the seed stays.
 */
@QuarkusTest
@TestProfile(SeedModeAlwaysTest.Prepared.class)
class SeedModeAlwaysTest {

    public static class Prepared extends SeedModeProfile {
        public Prepared() {
            super("ALWAYS", """
                    CREATE (:Entity:Source {id: 'source:test-own', title: 'Our own graph'})
                    CREATE (:Entity:Organization {id: 'org:abtc', name: 'Edited by hand'})""");
        }
    }

    @Inject
    Driver driver;

    @Test
    void theSeedIsLoadedAgainOverAGraphAndEditedSeedValuesComeBack() {
        var expected = SeedFiles.entities().stream()
                .collect(Collectors.groupingBy(SeedFiles.Entity::label, Collectors.counting()));
        assertThat(expected).containsKeys("Organization", "Facility", "Source");
        for (var label : expected.keySet()) {
            long inSeed = SeedFiles.entities(label).size() + (label.equals("Source") ? 1 : 0); // + source:test-own
            assertThat(driver.executableQuery("MATCH (n:Entity) WHERE $label IN labels(n) RETURN count(n) AS n")
                    .withParameters(Map.of("label", label)).execute().records().get(0).get("n").asLong())
                    .as("%s nodes", label).isEqualTo(inSeed);
        }
        assertThat(driver.executableQuery("MATCH (n:Organization {id: 'org:abtc'}) RETURN n.name AS name").execute()
                .records().get(0).get("name").asString()).isEqualTo(SeedFiles.entities("Organization").stream()
                        .filter(o -> o.id().equals("org:abtc")).findFirst().orElseThrow().name())
                .isEqualTo("American Battery Technology Company");
        assertThat(driver.executableQuery("MATCH (s:Source {id: 'source:test-own'}) RETURN s.title AS t").execute()
                .records()).hasSize(1);
    }
}
