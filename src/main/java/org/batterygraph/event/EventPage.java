package org.batterygraph.event;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record EventPage(@NonNull List<@NonNull Event> nodes, @NonNull PageInfo pageInfo,
        @Description("Events matching the filter; counted only when selected") Integer totalCount) {
}
