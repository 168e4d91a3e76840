package org.batterygraph.place;

import static org.batterygraph.neo4j.Values.string;


import org.batterygraph.node.Node;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A US state or another first-level subdivision of a country (ISO 3166-2).")
public record Subdivision(
        @Id @NonNull String id,
        @NonNull String name,
        @Description("ISO 3166-2 code, e.g. US-NV") String code,
        String kind,
        @Description("How this node was reached from its parent field: the relationship and its provenance. Null for a root field.") Via via) implements Node {

    public static Subdivision from(Value n) {
        return from(n, null);
    }

    public static Subdivision from(Value n, Via via) {
        return new Subdivision(string(n, "id"),
                string(n, "name"),
                string(n, "code"),
                string(n, "kind"),
                via);
    }
}
