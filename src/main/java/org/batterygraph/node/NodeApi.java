package org.batterygraph.node;

import org.batterygraph.api.Selection;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Entities;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.api.Context;

/** Any entity by id, whatever its kind. */
@GraphQLApi
public class NodeApi {

    private final Entities entities;
    private final Context context;

    NodeApi(Entities entities, Context context) {
        this.entities = entities;
        this.context = context;
    }

    @Query
    @Description("""
            The entity with this id, of any kind (the id's prefix names it: org:, facility:, consortium:, ...), with \
            everything selected below it in one round trip; null when there is none.""")
    public Node node(@NonNull @Id String id) {
        return NodeKind.ofId(id).filter(NodeKind::entity)
                .flatMap(kind -> entities.byId(kind, id, Selection.of(context, null), n -> Nodes.from(kind, n))).orElse(null);
    }
}
