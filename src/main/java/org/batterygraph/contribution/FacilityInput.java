package org.batterygraph.contribution;

import java.time.LocalDate;
import java.util.List;

import org.batterygraph.model.CapacityUnit;
import org.batterygraph.model.FacilityStatus;
import org.batterygraph.model.FacilityType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FacilityInput")
@Description("""
        A facility to add or change, by its stable id, and how it connects: operator, place, products. Fields left \
        out keep their current value; connections given are added (never removed).""")
public record FacilityInput(
        @NonNull @Id @Description("facility:[A-Za-z0-9._-]+, e.g. \"facility:koreplex\"") String id,
        @NonNull String name,
        @NonNull FacilityType type,
        @NonNull FacilityStatus status,
        String city,
        String county,
        @Description("Capacity, with capacityUnit; 0 or more") Double capacity,
        CapacityUnit capacityUnit,
        Double investmentUsd,
        Integer jobs,
        Double areaAcres,
        LocalDate announced,
        LocalDate opened,
        LocalDate cancelled,
        @Id @Description("The operating organization, e.g. \"org:kore-power\"") String operatedBy,
        @Id @Description("The subdivision or country it is in, e.g. \"subdivision:US-AZ\"") String locatedIn,
        @Description("Materials it produces, e.g. [\"material:lithium-hydroxide\"]") List<String> produces) {
}
