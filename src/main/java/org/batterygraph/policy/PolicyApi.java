package org.batterygraph.policy;

import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.model.NodeKind;
import org.batterygraph.place.Country;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class PolicyApi {

    static final Hop COUNTRY = new Hop("Policy.country", "(n)-[r:ENACTED_BY]->(m:Country)");

    private final Entities entities;

    PolicyApi(Entities entities) {
        this.entities = entities;
    }

    @Query
    @Description("One policy by id, e.g. \"policy:ira-45x\"; null when there is none.")
    public Policy policy(@NonNull @Id String id) {
        return entities.byId(NodeKind.Policy, id, Policy::from).orElse(null);
    }

    @Query
    @Description("Policies ordered by id, a page at a time (first: 1 to 100, default 20).")
    public @NonNull PolicyPage policies(Integer first, String after) throws InvalidArgumentException {
        var slice = entities.page(NodeKind.Policy, PageRequest.of(first, after), Policy::from);
        return new PolicyPage(slice.items(), slice.pageInfo());
    }

    @Description("The country that enacted the policy.")
    public List<Country> country(@Source List<Policy> policies) {
        return entities.relatedOne(COUNTRY, policies, Policy::id, Country::from);
    }
}
