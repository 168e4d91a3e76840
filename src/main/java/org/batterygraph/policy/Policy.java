package org.batterygraph.policy;

import static org.batterygraph.neo4j.Values.date;
import static org.batterygraph.neo4j.Values.string;

import java.time.LocalDate;

import org.batterygraph.model.PolicyKind;
import org.batterygraph.model.Term;
import org.batterygraph.node.Node;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A law, tax credit, grant or loan programme or public initiative.")
public record Policy(
        @Id @NonNull String id,
        @NonNull String name,
        PolicyKind kind,
        LocalDate enacted,
        String description,
        @Description("How this node was reached from its parent field: the relationship and its provenance. Null for a root field.") Via via) implements Node {

    public static Policy from(Value n) {
        return from(n, null);
    }

    public static Policy from(Value n, Via via) {
        return new Policy(string(n, "id"),
                string(n, "name"),
                Term.of(PolicyKind.class, string(n, "kind")),
                date(n, "enacted"),
                string(n, "description"),
                via);
    }
}
