package org.batterygraph.facility;

public enum FacilityGroup {
    STATUS("n.status"),
    TYPE("n.type"),
    STATE("COLLECT { MATCH (n)-[:LOCATED_IN]->(s:Subdivision) RETURN s.code }[0]"),
    COUNTRY("COLLECT { MATCH (n)-[:LOCATED_IN]->()-[:PART_OF*0..1]->(c:Country) RETURN c.iso2 }[0]");

    /** The Cypher expression of facility {@code n}'s group key: a constant per group. */
    final String key;

    FacilityGroup(String key) {
        this.key = key;
    }
}
