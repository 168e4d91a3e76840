package org.batterygraph.contribution;

import java.util.HashMap;
import java.util.Map;

import org.batterygraph.model.ClaimStatus;
import org.batterygraph.model.ConflictKind;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.Property;
import org.batterygraph.neo4j.CypherScript;

/**
 * The rules that find conflicts between claims (docs/data.md, "Conflicts the graph finds"), one for both writers of
 * claims: an API write (Write) and the dataset importers (dataset/Statements.conflicts: the CIM's and the Post-IRA's)
 * run the same statements of cypher/conflicts/ in their own transactions, with the same parameters, so a dataset row
 * and a curated claim conflict exactly when two API writes with their values would. (No CDI and no driver: the tools module compiles it with the importers.)
 */
public final class Conflicts {

    /** Value claims with different values of one property of one node (a state: for the same date). */
    public static final String VALUES = text("values");

    /** Claims of an exclusive relationship (OPERATES) naming different start nodes for one end node. */
    public static final String EXCLUSIVE_RELATIONSHIPS = text("exclusive-relationships");

    private Conflicts() {
    }

    private static String text(String name) {
        var statements = CypherScript.fromClasspath("cypher/conflicts/" + name + ".cypher").statements();
        if (statements.size() != 1) {
            throw new IllegalStateException("cypher/conflicts/" + name + ".cypher must hold one statement");
        }
        return statements.get(0);
    }

    /**
     * The row of {@link #VALUES} for value claim {@code claim} about property {@code property} of a node of
     * {@code kind}: numbers compare as numbers, dates to the less precise one's precision, a state only for the same
     * date; null for a list (such as aliases),
     * which is added to rather than compared.
     */
    public static Map<String, Object> compared(NodeKind kind, String property, String claim) {
        var type = kind.property(property).map(Property::type).orElse(Property.ValueType.TEXT);
        if (type == Property.ValueType.LIST) {
            return null;
        }
        return Map.of("claim", claim, "numeric", type == Property.ValueType.INTEGER || type == Property.ValueType.NUMBER,
                "date", type == Property.ValueType.DATE, "state", kind.state(property));
    }

    /** The parameters both statements read besides their rows: the statuses, the kinds, and who records them. */
    public static Map<String, Object> parameters(String user) {
        var parameters = new HashMap<String, Object>();
        parameters.put("status", Map.of("active", ClaimStatus.Active.stored(), "superseded", ClaimStatus.Superseded.stored()));
        parameters.put("conflict", Map.of("values", ConflictKind.DifferentValues.stored(),
                "sameDate", ConflictKind.StatusesOnSameDate.stored(), "exclusive", ConflictKind.ExclusiveRelationship.stored()));
        parameters.put("user", user);
        return parameters;
    }
}
