package org.batterygraph.mineral;

import org.eclipse.microprofile.graphql.Description;

@Description("What a production statistic measures.")
public enum Metric {
    @Description("Mine production in the data year (USGS MCS)")
    MineProduction,
    @Description("Reserves (USGS MCS)")
    Reserves,
    @Description("Share of refined output, percent (IEA)")
    Refining,
    @Description("Net import reliance as a share of apparent consumption, percent (USGS MCS)")
    NetImportReliance
}
