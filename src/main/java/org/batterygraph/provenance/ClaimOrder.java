package org.batterygraph.provenance;

import org.batterygraph.neo4j.SortOrder;
import org.eclipse.microprofile.graphql.Description;

@Description("Order of a list of claims; ties are broken by id. ID pages by id, the others by position.")
public enum ClaimOrder implements SortOrder {
    ID("n.id"),
    @Description("Earliest asserted first")
    ASSERTED("n.assertedOn, n.id"),
    @Description("Latest asserted first")
    ASSERTED_DESC("n.assertedOn DESC, n.id");

    /** The Cypher sort keys of claim {@code n}: a constant, so each order plans (and uses indexes) on its own. */
    private final String sortKeys;

    ClaimOrder(String sortKeys) {
        this.sortKeys = sortKeys;
    }

    @Override
    public String sortKeys() {
        return sortKeys;
    }
}
