package org.batterygraph.facility;

import org.batterygraph.neo4j.SortOrder;
import org.eclipse.microprofile.graphql.Description;

@Description("Order of a facility list; ties are broken by id.")
public enum FacilityOrder implements SortOrder {
    ID("n.id"), NAME("n.name, n.id"),
    @Description("Largest capacity first (capacities of different units are compared as numbers)")
    CAPACITY_DESC("n.capacity DESC, n.id"),
    ANNOUNCED("n.announced, n.id"), CANCELLED("n.cancelled, n.id"),
    @Description("Largest estimated CAPEX (capexMusd2023) first; facilities without one last")
    CAPEX_DESC("n.capexMusd2023 IS NULL, n.capexMusd2023 DESC, n.id"),
    @Description("Nearest to `filter.within.centre` first (only with a centre)")
    DISTANCE("point.distance(n.location, $withinCentre), n.id");

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
