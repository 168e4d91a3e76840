package org.batterygraph.neo4j;

/** The node labels the API serves. Cypher text built from these constants never contains user input. */
public enum Kind {
    ORGANIZATION("Organization"),
    CONSORTIUM("Consortium"),
    COUNTRY("Country"),
    SUBDIVISION("Subdivision"),
    MATERIAL("Material"),
    FACILITY("Facility"),
    POLICY("Policy"),
    FUNDING_AWARD("FundingAward"),
    EVENT("Event"),
    SOURCE("Source");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
