package org.batterygraph.event;

import org.batterygraph.neo4j.SortOrder;
import org.eclipse.microprofile.graphql.Description;

@Description("Order of a list of events; ties are broken by id. ID pages by id, the others by position.")
public enum EventOrder implements SortOrder {
    ID("n.id"),
    @Description("Earliest first")
    DATE("n.date, n.id");

    /** The Cypher sort keys of node {@code n}: a constant, so each order plans (and uses indexes) on its own. */
    private final String sortKeys;

    EventOrder(String sortKeys) {
        this.sortKeys = sortKeys;
    }

    @Override
    public String sortKeys() {
        return sortKeys;
    }
}
