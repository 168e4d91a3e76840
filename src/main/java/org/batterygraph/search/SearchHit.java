package org.batterygraph.search;

import java.util.List;

import org.batterygraph.model.NodeKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A search hit: what it is (kind), its name and aliases, and how well it matched (higher is better).")
public record SearchHit(@Id @NonNull String id, @NonNull NodeKind kind, String name,
        @NonNull List<@NonNull String> aliases, @NonNull Double score) {

    public SearchHit {
        aliases = List.copyOf(aliases);
    }

    static SearchHit from(Value v) {
        return new SearchHit(v.get("id").asString(), NodeKind.valueOf(v.get("kind").asString()),
                v.get("name").isNull() ? null : v.get("name").asString(),
                v.get("aliases").isNull() ? List.of() : v.get("aliases").asList(Value::asString), v.get("score").asDouble());
    }
}
