package org.batterygraph.contribution;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The knowledge relationships a contributor may assert, each with the labels its two ends must carry
 * (docs/data.md). The claim layer (ABOUT, STATED_IN, CONFLICTS_WITH) and statistics are written by the API itself.
 */
@Enum("RelationshipType")
@Description("A knowledge relationship a contributor may assert; its ends must be of the kinds docs/data.md lists.")
public enum RelationshipType {
    HEADQUARTERED_IN(List.of("Organization"), List.of("Subdivision", "Country")),
    MEMBER_OF(List.of("Organization"), List.of("Consortium")),
    LAUNCHED_BY(List.of("Consortium"), List.of("Organization")),
    BASED_IN(List.of("Consortium"), List.of("Country")),
    OWNS(List.of("Organization"), List.of("Organization", "Facility")),
    OPERATES(List.of("Organization"), List.of("Facility")),
    OFFTAKES(List.of("Organization"), List.of("Facility")),
    LOCATED_IN(List.of("Facility"), List.of("Subdivision", "Country")),
    PART_OF(List.of("Subdivision"), List.of("Country")),
    PRODUCES(List.of("Facility"), List.of("Material")),
    CONSUMES(List.of("Facility"), List.of("Material")),
    INPUT_TO(List.of("Material"), List.of("Material")),
    ENACTED_BY(List.of("Policy"), List.of("Country")),
    AWARDED_TO(List.of("FundingAward"), List.of("Organization")),
    FOR_FACILITY(List.of("FundingAward"), List.of("Facility")),
    GRANTED_BY(List.of("FundingAward"), List.of("Organization")),
    UNDER(List.of("FundingAward"), List.of("Policy")),
    INVOLVES(List.of("Event"), List.of("Organization", "Facility", "Consortium", "Policy", "FundingAward"));

    private final List<String> fromLabels;
    private final List<String> toLabels;

    RelationshipType(List<String> fromLabels, List<String> toLabels) {
        this.fromLabels = fromLabels;
        this.toLabels = toLabels;
    }

    List<String> fromLabels() {
        return fromLabels;
    }

    List<String> toLabels() {
        return toLabels;
    }
}
