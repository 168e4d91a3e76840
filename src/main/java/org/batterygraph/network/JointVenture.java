package org.batterygraph.network;

import java.util.List;

import org.batterygraph.organization.Organization;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A company this organization co-owns with others, with this organization's share and its partners' stakes.")
public record JointVenture(@NonNull Organization venture, Double share, @NonNull List<@NonNull Stake> partners) {

    public JointVenture {
        partners = List.copyOf(partners);
    }
}
