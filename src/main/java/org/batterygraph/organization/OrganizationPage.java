package org.batterygraph.organization;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record OrganizationPage(@NonNull List<@NonNull Organization> nodes, @NonNull PageInfo pageInfo,
        @Description("Organizations matching the filter; counted only when selected") Integer totalCount) {
}
