package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DepositType")
@Description("The kind of resource a mineral deposit is (as the lithium deposits dataset classifies it).")
public enum DepositType implements Term {
    Brine,
    @Description("Hard rock (pegmatite, spodumene)")
    HardRock,
    @Description("Volcano-sedimentary (clay, claystone)")
    VolcanoSedimentary
}
