package org.batterygraph.consortium;

import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.api.Selection;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Cypher;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.neo4j.HopSource;
import org.batterygraph.neo4j.Links;
import org.batterygraph.organization.Organization;
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
import org.neo4j.driver.Value;

import io.smallrye.graphql.api.Context;

@GraphQLApi
public class ConsortiumApi implements HopSource {

    static final Hop MEMBERS = new Hop("Consortium.members", "(n)<-[r:MEMBER_OF]-(m:Organization)", "organization");
    static final Hop MEMBERSHIPS = new Hop("Organization.memberships", "(n)-[r:MEMBER_OF]->(m:Consortium)", "consortium");
    static final Hop COUNTRY = new Hop("Consortium.country", "(n)-[r:BASED_IN]->(m:Country)");
    static final Hop LAUNCHED_BY = new Hop("Consortium.launchedBy", "(n)-[r:LAUNCHED_BY]->(m:Organization)");

    static final Cypher.Query MEMBER_COUNT = new Cypher.Query("Consortium.memberCount", """
            UNWIND $ids AS id
            MATCH (n:Consortium {id: id})
            RETURN id, COUNT { (n)<-[:MEMBER_OF]-(:Organization) } AS count
            """);

    private final Entities entities;
    private final Links links;
    private final Context context;

    ConsortiumApi(Entities entities, Links links, Context context) {
        this.links = links;
        this.entities = entities;
        this.context = context;
    }

    /** The relationship fields this feature serves, for the projection of nested selections. */
    @Override
    @Ignore
    public List<Hop> hops() {
        return List.of(MEMBERS, MEMBERSHIPS, COUNTRY, LAUNCHED_BY);
    }

    @Query
    @Description("One consortium by id, e.g. \"consortium:eba\"; null when there is none.")
    public Consortium consortium(@NonNull @Id String id) {
        return entities.byId(NodeKind.Consortium, id, Selection.of(context, null), Consortium::from).orElse(null);
    }

    @Query
    @Description("""
            Consortia matching `filter`, in `orderBy` order (default ID), a page at a time (first: 1 to 100, \
            default 20). `totalCount` is computed, in the same round trip, only when selected.""")
    public @NonNull ConsortiumPage consortia(Integer first, String after, ConsortiumFilter filter,
            @DefaultValue("ID") ConsortiumOrder orderBy) throws InvalidArgumentException {
        var page = entities.list(NodeKind.Consortium, ConsortiumFilter.conditions(filter), orderBy, PageRequest.of(first, after),
                Selection.of(context, "nodes"), Selection.includes(context, "totalCount"), Consortium::from);
        return new ConsortiumPage(page.items(), page.pageInfo(), page.totalCount());
    }

    @Description("The consortium's members with their roles (member, founder, convenor, coordinator).")
    public List<@NonNull List<@NonNull Membership>> members(@Source List<Consortium> consortia) {
        return links.relatedLinks(MEMBERS, consortia, Consortium::id, Membership::ofMember);
    }

    @Description("How many organizations are members, in any role: a count from the graph, without reading the members.")
    public List<@NonNull Integer> memberCount(@Source List<Consortium> consortia) {
        return links.valuesPerParent(MEMBER_COUNT, consortia, Consortium::id, "count", Value::asInt, 0);
    }

    @Description("The consortia this organization belongs to, with its role in each.")
    public List<@NonNull List<@NonNull Membership>> memberships(@Source List<Organization> organizations) {
        return links.relatedLinks(MEMBERSHIPS, organizations, Organization::id, Membership::ofConsortium);
    }

    @Description("The country the consortium is based in.")
    public List<Country> country(@Source List<Consortium> consortia) {
        return links.relatedOne(COUNTRY, consortia, Consortium::id, Via.reached(Country::from));
    }

    @Description("The organizations that launched the consortium.")
    public List<@NonNull List<@NonNull Organization>> launchedBy(@Source List<Consortium> consortia) {
        return links.related(LAUNCHED_BY, consortia, Consortium::id, Via.reached(Organization::from));
    }
}