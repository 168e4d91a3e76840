package org.batterygraph.organization;

import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.model.NodeKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class OrganizationApi {

    static final Hop OWNERS = new Hop("Organization.owners", "(n)<-[r:OWNS]-(m:Organization)");
    static final Hop SUBSIDIARIES = new Hop("Organization.subsidiaries", "(n)-[r:OWNS]->(m:Organization)");

    private final Entities entities;

    OrganizationApi(Entities entities) {
        this.entities = entities;
    }

    @Query
    @Description("One organization by id, e.g. \"org:abtc\"; null when there is none.")
    public Organization organization(@NonNull @Id String id) {
        return entities.byId(NodeKind.Organization, id, Organization::from).orElse(null);
    }

    @Query
    @Description("Organizations ordered by id, a page at a time (first: 1 to 100, default 20).")
    public @NonNull OrganizationPage organizations(Integer first, String after) throws InvalidArgumentException {
        var slice = entities.page(NodeKind.Organization, PageRequest.of(first, after), Organization::from);
        return new OrganizationPage(slice.items(), slice.pageInfo());
    }

    @Description("Organizations owning a share of this one (joint-venture parents, shareholders).")
    public List<@NonNull List<@NonNull Organization>> owners(@Source List<Organization> organizations) {
        return entities.related(OWNERS, organizations, Organization::id, Organization::from);
    }

    @Description("Organizations this one owns a share of (subsidiaries, joint ventures).")
    public List<@NonNull List<@NonNull Organization>> subsidiaries(@Source List<Organization> organizations) {
        return entities.related(SUBSIDIARIES, organizations, Organization::id, Organization::from);
    }
}
