package org.batterygraph.provenance;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record ClaimPage(@NonNull List<@NonNull Claim> nodes, @NonNull PageInfo pageInfo,
        @Description("Claims matching the filter; counted only when selected") Integer totalCount) {
}
