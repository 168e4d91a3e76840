package org.batterygraph.deposit;

import org.batterygraph.neo4j.SortOrder;
import org.eclipse.microprofile.graphql.Description;

@Description("Order of a list of deposits; ties are broken by id. ID pages by id, the others by position.")
public enum DepositOrder implements SortOrder {
    ID("n.id"),
    NAME("n.name, n.id"),
    @Description("Largest reserves (kt Li) first; deposits without a reserves figure last")
    RESERVES_DESC("n.reservesKtLi IS NULL, n.reservesKtLi DESC, n.id"),
    @Description("Nearest to `filter.within.centre` first (only with a centre)")
    DISTANCE("point.distance(n.location, $withinCentre), n.id");

    /** The Cypher sort keys of node {@code n}: a constant, so each order plans (and uses indexes) on its own. */
    private final String sortKeys;

    DepositOrder(String sortKeys) {
        this.sortKeys = sortKeys;
    }

    @Override
    public String sortKeys() {
        return sortKeys;
    }
}
