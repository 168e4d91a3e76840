package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("CapacityUnit")
@Description("Unit of a facility's capacity; each has a display label (GWh/yr; GW/yr for solar modules; t/yr, t/day), which the graph stores.")
public enum CapacityUnit implements Term {
    GWH_PER_YEAR("GWh/yr"), GW_PER_YEAR("GW/yr"), TONNES_PER_YEAR("t/yr"), TONNES_PER_DAY("t/day");

    private final String label;

    CapacityUnit(String label) {
        this.label = label;
    }

    /** The unit as people write it, and as the graph stores it. */
    public String label() {
        return label;
    }

    @Override
    public String stored() {
        return label;
    }
}
