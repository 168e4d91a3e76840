package org.batterygraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;


import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * seed-mode IF_EMPTY (the default) on a database that already holds a knowledge graph (here: one source): the
 * application applies the schema and loads no seed. (IF_EMPTY on an empty database is what every other test
 * runs on: SeedModeAlwaysTest and DataDocTest compare that graph with the seed files.)
 */
@QuarkusTest
@TestProfile(SeedModeIfEmptyTest.Prepared.class)
class SeedModeIfEmptyTest {

    public static class Prepared extends SeedModeProfile {
        public Prepared() {
            super("IF_EMPTY", "CREATE (:Entity:Source {id: 'source:test-own', title: 'Our own graph'})");
        }
    }

    @Inject
    Driver driver;

    @Inject
    GraphInitializer initializer;

    @Test
    void aDatabaseWithAGraphIsNotSeeded() {
        assertThat(initializer.isReady()).isTrue();
        var record = driver.executableQuery("""
                MATCH (n) RETURN count(n) AS nodes, collect(n.id) AS ids""").execute().records().get(0);
        assertThat(record.get("nodes").asLong()).isEqualTo(1);
        assertThat(record.get("ids").asList()).containsExactly("source:test-own");
        assertThat(driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").execute()
                .records().get(0).get("names").asList()).as("the schema is applied in every mode").contains("entity_id");
    }
}
