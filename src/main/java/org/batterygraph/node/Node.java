package org.batterygraph.node;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** What every entity of the knowledge graph has: a stable id (its prefix names its kind) and a name. */
@Name("Node")
@Description("An entity of the knowledge graph, of any kind: select its kind's fields with `... on Facility { ... }`.")
public interface Node {

    // @Query marks these accessors as the interface's fields (SmallRye takes only getters and @Query methods).
    @Query
    @Id
    @NonNull
    String id();

    @Query
    @NonNull
    String name();
}
