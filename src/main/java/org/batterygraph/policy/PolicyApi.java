package org.batterygraph.policy;

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

@GraphQLApi
public class PolicyApi implements HopSource {

    static final Hop COUNTRY = new Hop("Policy.country", "(n)-[r:ENACTED_BY]->(m:Country)");

    private final Entities entities;
    private final Links links;
    private final Context context;

    PolicyApi(Entities entities, Links links, Context context) {
        this.links = links;
        this.entities = entities;
        this.context = context;
    }

    /** The relationship fields this feature serves, for the projection of nested selections. */
    @Override
    @Ignore
    public List<Hop> hops() {
        return List.of(COUNTRY);
    }

    @Query
    @Description("One policy by id, e.g. \"policy:ira-45x\"; null when there is none.")
    public Policy policy(@NonNull @Id String id) {
        return entities.byId(NodeKind.Policy, id, Selection.of(context, null), Policy::from).orElse(null);
    }

    @Query
    @Description("""
            Policies matching `filter`, in `orderBy` order (default ID), a page at a time (first: 1 to 100, \
            default 20). `totalCount` is computed, in the same round trip, only when selected.""")
    public @NonNull PolicyPage policies(Integer first, String after, PolicyFilter filter,
            @DefaultValue("ID") PolicyOrder orderBy) throws InvalidArgumentException {
        var page = entities.list(NodeKind.Policy, PolicyFilter.conditions(filter), orderBy, PageRequest.of(first, after),
                Selection.of(context, "nodes"), Selection.includes(context, "totalCount"), Policy::from);
        return new PolicyPage(page.items(), page.pageInfo(), page.totalCount());
    }

    @Description("The country that enacted the policy.")
    public List<Country> country(@Source List<Policy> policies) {
        return links.relatedOne(COUNTRY, policies, Policy::id, Via.reached(Country::from));
    }
}