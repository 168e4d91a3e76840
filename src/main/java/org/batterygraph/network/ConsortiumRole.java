package org.batterygraph.network;

import org.batterygraph.consortium.Consortium;
import org.batterygraph.model.MembershipRole;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A consortium an organization belongs to, and its role there.")
public record ConsortiumRole(@NonNull MembershipRole role, @NonNull Consortium consortium) {
}
