package org.batterygraph.funding;

import org.batterygraph.neo4j.SortOrder;
import org.eclipse.microprofile.graphql.Description;

@Description("Order of a list of funding awards; ties are broken by id. ID pages by id, the others by position.")
public enum FundingAwardOrder implements SortOrder {
    ID("n.id"),
    @Description("Largest amount first; an award given as a range sorts by its maximum, awards without an amount come last")
    AMOUNT_DESC("coalesce(n.amountUsd, n.amountUsdMax) IS NULL, coalesce(n.amountUsd, n.amountUsdMax) DESC, n.id"),
    @Description("Earliest awarded first")
    AWARDED("n.awarded, n.id");

    /** The Cypher sort keys of node {@code n}: a constant, so each order plans (and uses indexes) on its own. */
    private final String sortKeys;

    FundingAwardOrder(String sortKeys) {
        this.sortKeys = sortKeys;
    }

    @Override
    public String sortKeys() {
        return sortKeys;
    }
}
