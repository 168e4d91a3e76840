package org.batterygraph.consortium;

import org.batterygraph.model.MembershipRole;
import org.batterygraph.organization.Organization;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("An organization's place in a consortium.")
public record Membership(
        @Description("Member when the source states no role") MembershipRole role,
        @NonNull Organization organization,
        @NonNull Consortium consortium) {

    /** From a hop link whose node is the consortium; the organization is the hop's parent. */
    static Membership ofConsortium(Organization organization, Value link) {
        return new Membership(role(link), organization, Consortium.from(link.get("node"), Via.from(link)));
    }

    /** From a hop link whose node is the organization; the consortium is the hop's parent. */
    static Membership ofMember(Consortium consortium, Value link) {
        return new Membership(role(link), Organization.from(link.get("node"), Via.from(link)), consortium);
    }

    private static MembershipRole role(Value link) {
        var rel = link.get("rel");
        if (rel.isNull()) {
            return null; // not selected: the projection left the relationship out
        }
        return MembershipRole.of(rel.get("role"));
    }
}
