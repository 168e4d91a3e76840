package org.batterygraph.material;

import static org.batterygraph.neo4j.Values.string;
import static org.batterygraph.neo4j.Values.strings;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A mineral, intermediate (lithium hydroxide, black mass, pCAM) or component (cells, modules).")
public record Material(
        @Id @NonNull String id,
        @NonNull String name,
        @Description("Mineral, Intermediate or Component") String kind,
        @NonNull List<@NonNull String> aliases) {

    public Material {
        aliases = List.copyOf(aliases);
    }

    public static Material from(Value n) {
        return new Material(string(n, "id"), string(n, "name"), string(n, "kind"), strings(n, "aliases"));
    }
}
