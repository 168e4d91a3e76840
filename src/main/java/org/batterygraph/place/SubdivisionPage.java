package org.batterygraph.place;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record SubdivisionPage(@NonNull List<@NonNull Subdivision> nodes, @NonNull PageInfo pageInfo,
        @Description("Subdivisions matching the filter; counted only when selected") Integer totalCount) {
}
