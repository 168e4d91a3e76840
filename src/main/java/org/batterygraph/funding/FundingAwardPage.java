package org.batterygraph.funding;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record FundingAwardPage(@NonNull List<@NonNull FundingAward> nodes, @NonNull PageInfo pageInfo,
        @Description("Funding awards matching the filter; counted only when selected") Integer totalCount) {
}
