package org.batterygraph.place;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record CountryPage(@NonNull List<@NonNull Country> nodes, @NonNull PageInfo pageInfo,
        @Description("Countries matching the filter; counted only when selected") Integer totalCount) {
}
