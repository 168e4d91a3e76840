package org.batterygraph.dataset;

import java.util.List;
import java.util.Map;

import org.batterygraph.neo4j.CypherScript;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * The import's Cypher (cypher/import/*.cypher, one statement a file, named by its file, and the conflict rules it
 * shares with the API's writes) and the one write transaction per dataset file that runs them. Every value is a
 * parameter.
 */
public final class Statements {

    /** One statement with its parameters: a statement of cypher/import/, or a shared one (the conflict rules). */
    public record Write(String name, String text, Map<String, Object> parameters) {

        public Write {
            parameters = Map.copyOf(parameters);
        }

        /** The statement of cypher/import/{name}.cypher. */
        public Write(String name, Map<String, Object> parameters) {
            this(name, Statements.text(name), parameters);
        }

        /** A statement the import shares with the API's writes (contribution/Conflicts), named for errors. */
        public static Write shared(String name, String text, Map<String, Object> parameters) {
            return new Write(name, text, parameters);
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
        try (var s = driver.session(session)) {
            return s.executeWrite(tx -> {
                long nodes = 0;
                long relationships = 0;
                for (int i = 0; i < writes.size(); i++) {
                    var counters = tx.run(writes.get(i).text(), writes.get(i).parameters()).consume().counters();
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
