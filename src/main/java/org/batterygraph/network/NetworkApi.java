package org.batterygraph.network;

import java.util.Map;

import org.batterygraph.consortium.Consortium;
import org.batterygraph.facility.Facility;
import org.batterygraph.model.MembershipRole;
import org.batterygraph.neo4j.Cypher;
import org.batterygraph.organization.Organization;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.neo4j.driver.Value;

/** Membership and ownership networks, each answered in one round trip (the nested fields would take one per level). */
@GraphQLApi
public class NetworkApi {

    static final Cypher.Query CONSORTIUM = new Cypher.Query("Network.consortium", """
            MATCH (c:Consortium {id: $id})
            RETURN c, COLLECT {
              MATCH (c)<-[m:MEMBER_OF]-(o:Organization)
              RETURN {role: m.role, organization: o,
                      facilities: COLLECT { MATCH (o)-[:OPERATES]->(f:Facility) RETURN f ORDER BY f.id }} AS member
              ORDER BY o.name, o.id
            } AS members
            """);

    static final Cypher.Query ORGANIZATION = new Cypher.Query("Network.organization", """
            MATCH (o:Organization {id: $id})
            RETURN o,
              COLLECT { MATCH (o)-[m:MEMBER_OF]->(c:Consortium) RETURN {role: m.role, consortium: c} AS x ORDER BY c.name } AS consortia,
              COLLECT { MATCH (o)<-[s:OWNS]-(p:Organization) RETURN {organization: p, share: s.share} AS x ORDER BY p.name } AS owners,
              COLLECT { MATCH (o)-[s:OWNS]->(p:Organization) RETURN {organization: p, share: s.share} AS x ORDER BY p.name } AS subsidiaries,
              COLLECT {
                MATCH (o)-[s:OWNS]->(v:Organization)<-[:OWNS]-(:Organization)
                WITH DISTINCT v, s
                RETURN {venture: v, share: s.share,
                        partners: COLLECT { MATCH (v)<-[ps:OWNS]-(p:Organization) WHERE p <> o
                                            RETURN {organization: p, share: ps.share} ORDER BY p.name }} AS x
                ORDER BY v.name
              } AS jointVentures,
              COLLECT { MATCH (o)-[:OPERATES]->(f:Facility) RETURN f ORDER BY f.id } AS operates,
              COLLECT { MATCH (o)-[:OFFTAKES]->(f:Facility) RETURN f ORDER BY f.id } AS offtakes
            """);

    private final Cypher cypher;

    NetworkApi(Cypher cypher) {
        this.cypher = cypher;
    }

    @Query
    @Description("A consortium with its members (role) and the facilities each member operates, in one round trip.")
    public ConsortiumNetwork consortiumNetwork(@NonNull @Id String id) {
        return cypher.read(CONSORTIUM, Map.of("id", id)).stream().findFirst()
                .map(r -> new ConsortiumNetwork(Consortium.from(r.get("c")), r.get("members").asList(m -> new MemberFacilities(
                        MembershipRole.of(m.get("role")), Organization.from(m.get("organization")),
                        m.get("facilities").asList(Facility::from)))))
                .orElse(null);
    }

    @Query
    @Description("An organization's consortia, owners, subsidiaries, joint ventures and facilities, in one round trip.")
    public OrganizationNetwork organizationNetwork(@NonNull @Id String id) {
        return cypher.read(ORGANIZATION, Map.of("id", id)).stream().findFirst()
                .map(r -> new OrganizationNetwork(Organization.from(r.get("o")),
                        r.get("consortia").asList(x -> new ConsortiumRole(MembershipRole.of(x.get("role")), Consortium.from(x.get("consortium")))),
                        r.get("owners").asList(NetworkApi::stake),
                        r.get("subsidiaries").asList(NetworkApi::stake),
                        r.get("jointVentures").asList(x -> new JointVenture(Organization.from(x.get("venture")),
                                share(x), x.get("partners").asList(NetworkApi::stake))),
                        r.get("operates").asList(Facility::from),
                        r.get("offtakes").asList(Facility::from)))
                .orElse(null);
    }

    private static Stake stake(Value x) {
        return new Stake(Organization.from(x.get("organization")), share(x));
    }

    private static Double share(Value x) {
        return x.get("share").isNull() ? null : x.get("share").asDouble();
    }
}
