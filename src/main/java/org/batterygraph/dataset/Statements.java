package org.batterygraph.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.batterygraph.contribution.Conflicts;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.RelationshipType;
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

    /**
     * The two conflict writes of an importer's file (docs/import.md, "Conflicts with curated claims"), run last in its
     * transaction: its facilities' value claims ({@code propertyClaims}, rows of property-claims) against other
     * sources' claims about the same property, and its OPERATES claims (among {@code relationships}, rows of
     * relationships) against other sources' operators, by the API's rules; recorded by {@code importer}. Not their
     * locations: the datasets' coordinates are text claims ("lat, lon"), Post-IRA's rounded to 0.1°, which as text
     * differ from every precise one (and no curated facility has any).
     */
    public static List<Write> conflicts(String importer, List<Map<String, Object>> propertyClaims,
            List<Map<String, Object>> relationships) {
        var compared = new ArrayList<Map<String, Object>>();
        for (var claim : propertyClaims) {
            @SuppressWarnings("unchecked")
            var props = (Map<String, Object>) claim.get("props");
            var property = (String) props.get("property");
            var row = Conflicts.compared(NodeKind.Facility, property, (String) claim.get("id"));
            if (row != null && !"location".equals(property)) {
                compared.add(row);
            }
        }
        var exclusive = new ArrayList<String>();
        for (var relationship : relationships) {
            if (RelationshipType.OPERATES.type().equals(relationship.get("type"))) {
                @SuppressWarnings("unchecked")
                var claim = (Map<String, Object>) relationship.get("claim");
                exclusive.add((String) claim.get("id"));
            }
        }
        var parameters = new HashMap<>(Conflicts.parameters(importer));
        parameters.put("compared", compared);
        parameters.put("exclusiveClaims", exclusive);
        return List.of(Write.shared("conflicts/values", Conflicts.VALUES, parameters),
                Write.shared("conflicts/exclusive-relationships", Conflicts.EXCLUSIVE_RELATIONSHIPS, parameters));
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
