package org.batterygraph.deposit;

import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.api.Selection;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.neo4j.HopSource;
import org.batterygraph.neo4j.Links;
import org.batterygraph.place.Country;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Context;

/** Mineral deposits (imported from the lithium deposits dataset, docs/import.md): by id, listed, and where they are. */
@GraphQLApi
public class DepositApi implements HopSource {

    static final Hop COUNTRY = new Hop("Deposit.country", "(n)-[r:LOCATED_IN]->(m:Country)");

    private final Entities entities;
    private final Links links;
    private final Context context;

    DepositApi(Entities entities, Links links, Context context) {
        this.entities = entities;
        this.links = links;
        this.context = context;
    }

    /** The relationship fields this feature serves, for the projection of nested selections. */
    @Override
    @Ignore
    public List<Hop> hops() {
        return List.of(COUNTRY);
    }

    @Query
    @Description("One deposit by id, e.g. \"deposit:busch-9\" (Thacker Pass); null when there is none.")
    public Deposit deposit(@NonNull @Id String id) {
        return entities.byId(NodeKind.Deposit, id, Selection.of(context, null), Deposit::from).orElse(null);
    }

    @Query
    @Description("""
            Deposits matching `filter`, in `orderBy` order (default ID), a page at a time (first: 1 to 100, \
            default 20). `totalCount` is computed, in the same round trip, only when selected.""")
    public @NonNull DepositPage deposits(Integer first, String after, DepositFilter filter,
            @DefaultValue("ID") DepositOrder orderBy) throws InvalidArgumentException {
        if (orderBy == DepositOrder.DISTANCE && !DepositFilter.hasCentre(filter)) {
            throw new InvalidArgumentException("orderBy DISTANCE needs filter.within.centre");
        }
        var page = entities.list(NodeKind.Deposit, DepositFilter.conditions(filter), orderBy, PageRequest.of(first, after),
                Selection.of(context, "nodes"), Selection.includes(context, "totalCount"), Deposit::from);
        return new DepositPage(page.items(), page.pageInfo(), page.totalCount());
    }

    @Description("The country the deposit is in.")
    public List<Country> country(@Source List<Deposit> deposits) {
        return links.relatedOne(COUNTRY, deposits, Deposit::id, Via.reached(Country::from));
    }
}
