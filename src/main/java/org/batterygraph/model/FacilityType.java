package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("FacilityType")
@Description("What a facility does.")
public enum FacilityType implements Term {
    Mine, Refinery, pCAM, CAM, Anode, CellGigafactory, Recycling, ResearchFab, SolarFab
}
