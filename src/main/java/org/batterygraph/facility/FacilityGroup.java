package org.batterygraph.facility;

/**
 * What {@code facilityAggregates} groups by. Status and type are properties of the facility; state and country are
 * where sources place it ({@code placement}), so a facility that sources place in two states counts in each, and
 * the facilities placed in none make one group with a null key.
 */
public enum FacilityGroup {
    STATUS("n.status", null),
    TYPE("n.type", null),
    STATE("g.code", "(n:Facility)-[:LOCATED_IN]->(g:Subdivision)"),
    COUNTRY("g.iso2", "(n:Facility)-[:LOCATED_IN]->()-[:PART_OF*0..1]->(g:Country)");

    /** The Cypher expression of the group key: of facility {@code n}, or of its place {@code g}; a constant. */
    final String key;
    /** The pattern from facility {@code n} to a place {@code g} that gives the key; null for a facility property. */
    final String placement;

    FacilityGroup(String key, String placement) {
        this.key = key;
        this.placement = placement;
    }
}
