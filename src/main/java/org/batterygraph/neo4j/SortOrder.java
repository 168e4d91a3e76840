package org.batterygraph.neo4j;

/** An order of a list: implemented by each list's order enum. */
public interface SortOrder {

    /** The Cypher sort keys of node {@code n}, a constant ending with {@code n.id} (ties broken by id). */
    String sortKeys();

    /** Id order: read from the unique index in order, paged by id (keyset); other orders page by offset. */
    default boolean byId() {
        return sortKeys().equals("n.id");
    }
}
