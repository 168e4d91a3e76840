package org.batterygraph.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.batterygraph.neo4j.CypherScript;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * The import's Cypher (cypher/import/*.cypher, one statement a file, named by its file) and the one write
 * transaction per dataset file that runs them. Every value is a parameter.
 */
public final class Statements {

    /** One statement of cypher/import/ with its parameters. */
    public record Write(String name, Map<String, Object> parameters) {

        public Write {
            parameters = Map.copyOf(parameters);
        }
    }

    /** What a transaction created. */
    public record Created(long nodes, long relationships) {
    }

    private final Driver driver;
    private final SessionConfig session;

    public Statements(Driver driver, SessionConfig session) {
        this.driver = driver;
        this.session = session;
    }

    /** The text of cypher/import/{name}.cypher. */
    public static String text(String name) {
        var statements = CypherScript.fromClasspath("cypher/import/" + name + ".cypher").statements();
        if (statements.size() != 1) {
            throw new IllegalStateException("cypher/import/" + name + ".cypher must hold one statement");
        }
        return statements.get(0);
    }

    /** All writes in one transaction (retried as a whole on transient errors: every write MERGEs). */
    public Created inOneTransaction(List<Write> writes) {
        var texts = new ArrayList<String>();
        for (var write : writes) {
            texts.add(text(write.name()));
        }
        try (var s = driver.session(session)) {
            return s.executeWrite(tx -> {
                long nodes = 0;
                long relationships = 0;
                for (int i = 0; i < writes.size(); i++) {
                    var counters = tx.run(texts.get(i), writes.get(i).parameters()).consume().counters();
                    nodes += counters.nodesCreated();
                    relationships += counters.relationshipsCreated();
                }
                return new Created(nodes, relationships);
            });
        }
    }

    /** One read of cypher/import/{name}.cypher: its single record as a map. */
    public Map<String, Object> readOne(String name, Map<String, Object> parameters) {
        try (var s = driver.session(session)) {
            return s.executeRead(tx -> tx.run(text(name), parameters).single().asMap());
        }
    }
}
