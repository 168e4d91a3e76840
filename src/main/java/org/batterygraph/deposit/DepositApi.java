package org.batterygraph.deposit;

import org.batterygraph.api.Selection;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Entities;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.api.Context;

/** Mineral deposits (imported from the lithium deposits dataset, docs/import.md). */
@GraphQLApi
public class DepositApi {

    private final Entities entities;
    private final Context context;

    DepositApi(Entities entities, Context context) {
        this.entities = entities;
        this.context = context;
    }

    @Query
    @Description("One deposit by id, e.g. \"deposit:busch-9\" (Thacker Pass); null when there is none.")
    public Deposit deposit(@NonNull @Id String id) {
        return entities.byId(NodeKind.Deposit, id, Selection.of(context, null), Deposit::from).orElse(null);
    }
}
