package org.batterygraph.search;

import java.util.List;

import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.node.Node;
import org.batterygraph.node.Nodes;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A search hit: what it is (kind), its name and aliases, and how well it matched (higher is better).")
public record SearchHit(@Id @NonNull String id, @NonNull NodeKind kind, String name,
        @NonNull List<@NonNull String> aliases, @NonNull Double score,
        @NonNull @Description("The entity found") Node node) {

    public SearchHit {
        aliases = List.copyOf(aliases);
    }

    static SearchHit from(Value v, Entities entities) {
        var kind = NodeKind.valueOf(v.get("kind").asString());
        var node = v.get("node");
        return new SearchHit(v.get("id").asString(), kind, v.get("name").isNull() ? null : v.get("name").asString(),
                v.get("aliases").isNull() ? List.of() : v.get("aliases").asList(Value::asString),
                v.get("score").asDouble(),
                Nodes.from(kind, entities.filed(node)));
    }
}
