package org.batterygraph.deposit;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record DepositPage(@NonNull List<@NonNull Deposit> nodes, @NonNull PageInfo pageInfo,
        @Description("Deposits matching the filter; counted only when selected") Integer totalCount) {
}
