package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("MembershipRole")
@Description("An organization's role in a consortium; Member when the source states none.")
public enum MembershipRole implements Term {
    Member, Founder, Convenor, Coordinator, Participant;

    /** The role a MEMBER_OF relationship's stored {@code role} gives: Member when it has none. */
    public static MembershipRole of(org.neo4j.driver.Value stored) {
        return stored == null || stored.isNull() ? Member : Term.of(MembershipRole.class, stored.asString());
    }
}
