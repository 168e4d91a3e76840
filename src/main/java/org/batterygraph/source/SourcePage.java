package org.batterygraph.source;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record SourcePage(@NonNull List<@NonNull Source> nodes, @NonNull PageInfo pageInfo,
        @Description("Sources matching the filter; counted only when selected") Integer totalCount) {
}
