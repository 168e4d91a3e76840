package org.batterygraph.model;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;

@Description("What a production statistic measures.")
public enum Metric implements Term {
    @Description("Mine production in the data year (USGS MCS)")
    MineProduction(true),
    @Description("Reserves (USGS MCS)")
    Reserves(true),
    @Description("Share of refined output, percent (IEA)")
    Refining(true),
    @Description("Net import reliance as a share of apparent consumption, percent (USGS MCS); one country's own figure")
    NetImportReliance(false);

    private final boolean shared;

    Metric(boolean shared) {
        this.shared = shared;
    }

    /** Whether countries' figures of this metric are shares of one world total (concentration and exposure need that). */
    public boolean shared() {
        return shared;
    }

    public static List<Metric> sharedMetrics() {
        return Arrays.stream(values()).filter(Metric::shared).toList();
    }
}
