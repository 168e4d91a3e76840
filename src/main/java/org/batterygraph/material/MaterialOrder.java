package org.batterygraph.material;

import org.batterygraph.neo4j.SortOrder;
import org.eclipse.microprofile.graphql.Description;

@Description("Order of a list of materials; ties are broken by id. ID pages by id, the others by position.")
public enum MaterialOrder implements SortOrder {
    ID("n.id"),
    NAME("n.name, n.id");

    /** The Cypher sort keys of node {@code n}: a constant, so each order plans (and uses indexes) on its own. */
    private final String sortKeys;

    MaterialOrder(String sortKeys) {
        this.sortKeys = sortKeys;
    }

    @Override
    public String sortKeys() {
        return sortKeys;
    }
}
