package org.batterygraph.organization;

import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.api.Selection;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.neo4j.HopSource;
import org.batterygraph.neo4j.Links;
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
public class OrganizationApi implements HopSource {

    static final Hop OWNERS = new Hop("Organization.owners", "(n)<-[r:OWNS]-(m:Organization)");
    static final Hop SUBSIDIARIES = new Hop("Organization.subsidiaries", "(n)-[r:OWNS]->(m:Organization)");

    private final Entities entities;
    private final Links links;
    private final Context context;

    OrganizationApi(Entities entities, Links links, Context context) {
        this.links = links;
        this.entities = entities;
        this.context = context;
    }

    /** The relationship fields this feature serves, for the projection of nested selections. */
    @Override
    @Ignore
    public List<Hop> hops() {
        return List.of(OWNERS, SUBSIDIARIES);
    }

    @Query
    @Description("One organization by id, e.g. \"org:abtc\"; null when there is none.")
    public Organization organization(@NonNull @Id String id) {
        return entities.byId(NodeKind.Organization, id, Selection.of(context, null), Organization::from).orElse(null);
    }

    @Query
    @Description("""
            Organizations matching `filter`, in `orderBy` order (default ID), a page at a time (first: 1 to 100, \
            default 20). `totalCount` is computed, in the same round trip, only when selected.""")
    public @NonNull OrganizationPage organizations(Integer first, String after, OrganizationFilter filter,
            @DefaultValue("ID") OrganizationOrder orderBy) throws InvalidArgumentException {
        var page = entities.list(NodeKind.Organization, OrganizationFilter.conditions(filter), orderBy, PageRequest.of(first, after),
                Selection.of(context, "nodes"), Selection.includes(context, "totalCount"), Organization::from);
        return new OrganizationPage(page.items(), page.pageInfo(), page.totalCount());
    }

    @Description("Organizations owning a share of this one (joint-venture parents, shareholders).")
    public List<@NonNull List<@NonNull Organization>> owners(@Source List<Organization> organizations) {
        return links.related(OWNERS, organizations, Organization::id, Via.reached(Organization::from));
    }

    @Description("Organizations this one owns a share of (subsidiaries, joint ventures).")
    public List<@NonNull List<@NonNull Organization>> subsidiaries(@Source List<Organization> organizations) {
        return links.related(SUBSIDIARIES, organizations, Organization::id, Via.reached(Organization::from));
    }
}