package org.batterygraph.network;

import java.util.List;

import org.batterygraph.facility.Facility;
import org.batterygraph.model.MembershipRole;
import org.batterygraph.organization.Organization;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A consortium member, its role, and the facilities it operates.")
public record MemberFacilities(@NonNull MembershipRole role, @NonNull Organization organization,
        @NonNull List<@NonNull Facility> facilities) {

    public MemberFacilities {
        facilities = List.copyOf(facilities);
    }
}
