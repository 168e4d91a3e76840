package org.batterygraph.network;

import java.util.List;

import org.batterygraph.facility.Facility;
import org.batterygraph.organization.Organization;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An organization's network: consortia, owners, subsidiaries, joint ventures, facilities it operates or buys from.")
public record OrganizationNetwork(
        @NonNull Organization organization,
        @NonNull List<@NonNull ConsortiumRole> consortia,
        @NonNull List<@NonNull Stake> owners,
        @NonNull List<@NonNull Stake> subsidiaries,
        @NonNull List<@NonNull JointVenture> jointVentures,
        @NonNull List<@NonNull Facility> operates,
        @NonNull @Description("Facilities whose output it has agreed to buy") List<@NonNull Facility> offtakes) {

    public OrganizationNetwork {
        consortia = List.copyOf(consortia);
        owners = List.copyOf(owners);
        subsidiaries = List.copyOf(subsidiaries);
        jointVentures = List.copyOf(jointVentures);
        operates = List.copyOf(operates);
        offtakes = List.copyOf(offtakes);
    }
}
