package org.batterygraph.mineral;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("""
        A page of a time series: statistics by material, metric, country (world totals and "Other countries" after the \
        countries), series and unit, then by year (oldest first) and edition (oldest first).""")
public record ProductionSeriesPage(@NonNull List<@NonNull ProductionStat> nodes, @NonNull PageInfo pageInfo,
        @NonNull @Description("Points matching the filter (after the edition choice), on all pages") Integer totalCount) {

    public ProductionSeriesPage {
        nodes = List.copyOf(nodes);
    }
}
