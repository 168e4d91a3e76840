package org.batterygraph.consortium;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record ConsortiumPage(@NonNull List<@NonNull Consortium> nodes, @NonNull PageInfo pageInfo,
        @Description("Consortia matching the filter; counted only when selected") Integer totalCount) {
}
