package org.batterygraph.policy;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record PolicyPage(@NonNull List<@NonNull Policy> nodes, @NonNull PageInfo pageInfo,
        @Description("Policies matching the filter; counted only when selected") Integer totalCount) {
}
