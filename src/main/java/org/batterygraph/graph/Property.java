package org.batterygraph.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A property of a node or relationship, its value as text.")
public record Property(@NonNull String key, @NonNull String value) {

    static String text(Value v) {
        return switch (v.type().name()) {
            case "STRING" -> v.asString();
            case "LIST" -> String.join(", ", v.asList(Property::text));
            default -> v.toString();
        };
    }
}
