package org.batterygraph.material;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record MaterialPage(@NonNull List<@NonNull Material> nodes, @NonNull PageInfo pageInfo,
        @Description("Materials matching the filter; counted only when selected") Integer totalCount) {
}
