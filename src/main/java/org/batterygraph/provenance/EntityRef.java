package org.batterygraph.provenance;

import org.batterygraph.model.NodeKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A reference to any node of the graph: its id, kind (label) and name.")
public record EntityRef(@Id @NonNull String id, @NonNull NodeKind kind, String name) {

    /** From a map {id, kind, name} or null. */
    static EntityRef from(Value v) {
        return v.isNull() ? null
                : new EntityRef(v.get("id").asString(), NodeKind.valueOf(v.get("kind").asString()),
                        v.get("name").isNull() ? null : v.get("name").asString());
    }
}
