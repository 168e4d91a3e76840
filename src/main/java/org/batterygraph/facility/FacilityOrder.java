package org.batterygraph.facility;

import org.batterygraph.neo4j.SortOrder;
import org.eclipse.microprofile.graphql.Description;

@Description("Order of a facility list; ties are broken by id.")
public enum FacilityOrder implements SortOrder {
    ID("n.id"), NAME("n.name, n.id"),
    @Description("Largest capacity first (capacities of different units are compared as numbers)")
    CAPACITY_DESC("n.capacity DESC, n.id"),
    ANNOUNCED("n.announced, n.id"), CANCELLED("n.cancelled, n.id");

    /** The Cypher sort keys of facility {@code n}: a constant, so each order plans (and uses indexes) on its own. */
    private final String sortKeys;

    FacilityOrder(String sortKeys) {
        this.sortKeys = sortKeys;
    }

    @Override
    public String sortKeys() {
        return sortKeys;
    }
}
