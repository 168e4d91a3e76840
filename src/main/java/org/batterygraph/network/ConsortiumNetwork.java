package org.batterygraph.network;

import java.util.List;

import org.batterygraph.consortium.Consortium;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A consortium, its members with their roles, and the members' facilities.")
public record ConsortiumNetwork(@NonNull Consortium consortium, @NonNull List<@NonNull MemberFacilities> members) {

    public ConsortiumNetwork {
        members = List.copyOf(members);
    }
}
