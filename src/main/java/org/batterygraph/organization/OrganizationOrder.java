package org.batterygraph.organization;

import org.batterygraph.neo4j.SortOrder;
import org.eclipse.microprofile.graphql.Description;

@Description("Order of a list of organizations; ties are broken by id. ID pages by id, the others by position.")
public enum OrganizationOrder implements SortOrder {
    ID("n.id"),
    NAME("n.name, n.id"),
    @Description("Earliest founded first")
    FOUNDED("n.founded, n.id");

    /** The Cypher sort keys of node {@code n}: a constant, so each order plans (and uses indexes) on its own. */
    private final String sortKeys;

    OrganizationOrder(String sortKeys) {
        this.sortKeys = sortKeys;
    }

    @Override
    public String sortKeys() {
        return sortKeys;
    }
}
