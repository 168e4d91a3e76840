package org.batterygraph.consortium;

import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.neo4j.Cypher;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.model.NodeKind;
import org.batterygraph.organization.Organization;
import org.batterygraph.place.Country;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.neo4j.driver.Value;

@GraphQLApi
public class ConsortiumApi {

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

    ConsortiumApi(Entities entities) {
        this.entities = entities;
    }

    @Query
    @Description("One consortium by id, e.g. \"consortium:eba\"; null when there is none.")
    public Consortium consortium(@NonNull @Id String id) {
        return entities.byId(NodeKind.Consortium, id, Consortium::from).orElse(null);
    }

    @Query
    @Description("Consortia ordered by id, a page at a time (first: 1 to 100, default 20).")
    public @NonNull ConsortiumPage consortia(Integer first, String after) throws InvalidArgumentException {
        var slice = entities.page(NodeKind.Consortium, PageRequest.of(first, after), Consortium::from);
        return new ConsortiumPage(slice.items(), slice.pageInfo());
    }

    @Description("The consortium's members with their roles (member, founder, convenor, coordinator).")
    public List<@NonNull List<@NonNull Membership>> members(@Source List<Consortium> consortia) {
        return entities.relatedLinks(MEMBERS, consortia, Consortium::id, Membership::ofMember);
    }

    @Description("How many organizations are members, in any role: a count from the graph, without reading the members.")
    public List<@NonNull Integer> memberCount(@Source List<Consortium> consortia) {
        return entities.valuesPerParent(MEMBER_COUNT, consortia, Consortium::id, "count", Value::asInt, 0);
    }

    @Description("The consortia this organization belongs to, with its role in each.")
    public List<@NonNull List<@NonNull Membership>> memberships(@Source List<Organization> organizations) {
        return entities.relatedLinks(MEMBERSHIPS, organizations, Organization::id, Membership::ofConsortium);
    }

    @Description("The country the consortium is based in.")
    public List<Country> country(@Source List<Consortium> consortia) {
        return entities.relatedOne(COUNTRY, consortia, Consortium::id, Country::from);
    }

    @Description("The organizations that launched the consortium.")
    public List<@NonNull List<@NonNull Organization>> launchedBy(@Source List<Consortium> consortia) {
        return entities.related(LAUNCHED_BY, consortia, Consortium::id, Organization::from);
    }
}
