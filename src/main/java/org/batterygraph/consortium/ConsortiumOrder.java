package org.batterygraph.consortium;

import org.batterygraph.neo4j.SortOrder;
import org.eclipse.microprofile.graphql.Description;

@Description("Order of a list of consortia; ties are broken by id. ID pages by id, the others by position.")
public enum ConsortiumOrder implements SortOrder {
    ID("n.id"),
    NAME("n.name, n.id"),
    @Description("Earliest launched first")
    LAUNCHED("n.launched, n.id");

    /** The Cypher sort keys of node {@code n}: a constant, so each order plans (and uses indexes) on its own. */
    private final String sortKeys;

    ConsortiumOrder(String sortKeys) {
        this.sortKeys = sortKeys;
    }

    @Override
    public String sortKeys() {
        return sortKeys;
    }
}
