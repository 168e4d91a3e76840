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
    NetImportReliance(false),
    @Description("A country's own production as its salient statistics give it (mine, secondary or refinery: `series`), USGS MCS")
    Production(false),
    @Description("Imports (USGS MCS salient statistics; what is imported: `series`)")
    Imports(false),
    @Description("Exports (USGS MCS salient statistics; `series`)")
    Exports(false),
    @Description("Consumption, reported, estimated or apparent (USGS MCS salient statistics; `series`)")
    Consumption(false),
    @Description("Price (USGS MCS salient statistics; which price and unit: `series`, `unit`)")
    Price(false),
    @Description("Employment, people (USGS MCS salient statistics)")
    Employment(false),
    @Description("Stocks at year end (USGS MCS salient statistics; whose: `series`)")
    Stocks(false),
    @Description("Shipments (USGS MCS salient statistics; `series`)")
    Shipments(false);

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
