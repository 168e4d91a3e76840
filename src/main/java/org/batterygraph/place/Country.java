package org.batterygraph.place;

import static org.batterygraph.neo4j.Values.string;


import org.batterygraph.node.Node;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A country (ISO 3166-1).")
public record Country(
        @Id @NonNull String id,
        @NonNull String name,
        String iso2,
        String iso3,
        @Description("How this node was reached from its parent field: the relationship and its provenance. Null for a root field.") Via via) implements Node {

    public static Country from(Value n) {
        return from(n, null);
    }

    public static Country from(Value n, Via via) {
        return new Country(string(n, "id"),
                string(n, "name"),
                string(n, "iso2"),
                string(n, "iso3"),
                via);
    }
}
