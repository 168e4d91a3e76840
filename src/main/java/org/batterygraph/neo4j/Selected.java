package org.batterygraph.neo4j;

import java.util.List;
import java.util.Set;

/**
 * One field a client selected, as {@link Projection} needs it: independent of the GraphQL engine (api/Selection
 * builds it from graphql-java's selection).
 *
 * @param name        the field's name
 * @param objectTypes the object types it is selected on (one, or several under an interface or union)
 * @param type        the name of its type, lists and non-null unwrapped
 * @param arguments   whether it is given arguments (then it is left to its own resolver)
 * @param below       the fields selected under it
 */
public record Selected(String name, Set<String> objectTypes, String type, boolean arguments, List<Selected> below) {

    public Selected {
        objectTypes = Set.copyOf(objectTypes);
        below = List.copyOf(below);
    }
}
