package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("FacilityType")
@Description("What a facility does.")
public enum FacilityType implements Term {
    Mine, Refinery, pCAM, CAM, Anode,
    @Description("Electrode active materials, cathode or anode (the Clean Investment Monitor's EAM, which does not say which)")
    ElectrodeMaterials,
    CellGigafactory,
    @Description("Battery modules or packs assembled from cells made elsewhere")
    ModuleAssembly,
    Recycling, ResearchFab, SolarFab
}
