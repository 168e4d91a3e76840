package org.batterygraph.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.batterygraph.neo4j.CypherScript;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A real Neo4j 5.26 (neo4j-harness, in-process, Bolt only, no authentication) for this module's tests, started once
 * per test JVM, with the API's schema and seed graph (cypher/): the database a bulk import meets in practice.
 *
 * <p>With {@code -Dbattery.test.neo4j.uri=bolt://...} (as for the API's tests) the tests use that server instead,
 * authentication off, and load the schema and seed into it (they MERGE: a database that has them stays as it is);
 * neo4j/compat.sh runs them so against a current Neo4j release.
 */
final class TestNeo4j {

    /** An external Neo4j to test against instead of the in-process harness (the API's Neo4jTestResource.EXTERNAL). */
    static final String EXTERNAL = "battery.test.neo4j.uri";

    private static Neo4j neo4j;
    private static String uri;
    private static Driver driver;

    private TestNeo4j() {
    }

    static synchronized Driver driver() {
        if (driver == null) {
            uri = System.getProperty(EXTERNAL, "");
            if (uri.isBlank()) {
                neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
                uri = neo4j.boltURI().toString();
            }
            driver = GraphDatabase.driver(uri, AuthTokens.none());
            load("cypher/schema.cypher");
            // the API's seed files in their order (010-, 020-, ...), from the classpath (the module ships ../cypher)
            try (var seed = Files.list(Path.of("../cypher/seed"))) {
                seed.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".cypher")).sorted()
                        .forEach(f -> load("cypher/seed/" + f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                if (neo4j != null) {
                    neo4j.close();
                }
            }));
        }
        return driver;
    }

    static String uri() {
        driver();
        return uri;
    }

    private static void load(String path) {
        for (var statement : CypherScript.fromClasspath(path).statements()) {
            driver.executableQuery(statement).execute();
        }
    }
}
