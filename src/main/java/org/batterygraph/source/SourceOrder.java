package org.batterygraph.source;

import org.batterygraph.neo4j.SortOrder;
import org.eclipse.microprofile.graphql.Description;

@Description("Order of a list of sources; ties are broken by id. ID pages by id, the others by position.")
public enum SourceOrder implements SortOrder {
    ID("n.id"),
    @Description("Earliest published first")
    PUBLISHED("n.published, n.id");

    /** The Cypher sort keys of node {@code n}: a constant, so each order plans (and uses indexes) on its own. */
    private final String sortKeys;

    SourceOrder(String sortKeys) {
        this.sortKeys = sortKeys;
    }

    @Override
    public String sortKeys() {
        return sortKeys;
    }
}
