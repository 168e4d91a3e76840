package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("FacilityStatus")
@Description("Where a facility stands.")
public enum FacilityStatus implements Term {
    Announced, UnderConstruction, Operational, Cancelled, Bankrupt,
    @Description("Retired or offline with no plans to return to operation")
    Retired
}
