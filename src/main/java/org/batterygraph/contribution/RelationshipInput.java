package org.batterygraph.contribution;

import java.time.LocalDate;

import org.batterygraph.model.RelationshipType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RelationshipInput")
@Description("A relationship between two existing nodes, as a source states it.")
public record RelationshipInput(
        @NonNull @Id String from,
        @NonNull RelationshipType type,
        @NonNull @Id String to,
        @Description("MEMBER_OF: one of the MembershipRole values, e.g. Founder; INVOLVES: the role as the source states it") String role,
        @Description("OWNS: the share owned, 0 to 1") Double share,
        LocalDate validFrom,
        LocalDate validTo) {
}
