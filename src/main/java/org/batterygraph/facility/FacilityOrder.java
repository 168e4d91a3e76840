package org.batterygraph.facility;

import org.eclipse.microprofile.graphql.Description;

@Description("Order of a facility list; ties are broken by id.")
public enum FacilityOrder {
    ID, NAME,
    @Description("Largest capacity first (capacities of different units are compared as numbers)")
    CAPACITY_DESC,
    ANNOUNCED, CANCELLED
}
