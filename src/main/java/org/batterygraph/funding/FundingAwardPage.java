package org.batterygraph.funding;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;

public record FundingAwardPage(@NonNull List<@NonNull FundingAward> nodes, @NonNull PageInfo pageInfo) {
}
