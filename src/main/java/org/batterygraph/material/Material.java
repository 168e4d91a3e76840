package org.batterygraph.material;

import static org.batterygraph.neo4j.Values.string;
import static org.batterygraph.neo4j.Values.strings;

import java.util.List;

import org.batterygraph.model.MaterialKind;
import org.batterygraph.model.Term;
import org.batterygraph.node.Node;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A mineral, intermediate (lithium hydroxide, black mass, pCAM) or component (cells, modules).")
public record Material(
        @Id @NonNull String id,
        @NonNull String name,
        MaterialKind kind,
        @NonNull List<@NonNull String> aliases,
        @Description("How this node was reached from its parent field: the relationship and its provenance. Null for a root field.") Via via) implements Node {

    public Material {
        aliases = List.copyOf(aliases);
    }

    public static Material from(Value n) {
        return from(n, null);
    }

    public static Material from(Value n, Via via) {
        return new Material(string(n, "id"),
                string(n, "name"),
                Term.of(MaterialKind.class, string(n, "kind")),
                strings(n, "aliases"),
                via);
    }
}
