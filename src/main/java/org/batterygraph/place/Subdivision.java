package org.batterygraph.place;

import static org.batterygraph.neo4j.Values.string;


import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A US state or another first-level subdivision of a country (ISO 3166-2).")
public record Subdivision(
        @Id @NonNull String id,
        @NonNull String name,
        @Description("ISO 3166-2 code, e.g. US-NV") String code,
        String kind) {

    public static Subdivision from(Value n) {
        return new Subdivision(string(n, "id"), string(n, "name"), string(n, "code"), string(n, "kind"));
    }
}
