package org.batterygraph.facility;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record FacilityPage(@NonNull List<@NonNull Facility> nodes, @NonNull PageInfo pageInfo,
        @Description("Facilities matching the filter; counted only when selected") Integer totalCount) {
}
