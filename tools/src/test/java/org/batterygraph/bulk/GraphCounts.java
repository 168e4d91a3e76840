package org.batterygraph.bulk;

import org.neo4j.driver.Driver;

/** Node and relationship totals of the test database, to prove a bulk test leaves it as it found it. */
record GraphCounts(long nodes, long relationships) {

    static GraphCounts of(Driver driver) {
        var record = driver.executableQuery("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                RETURN nodes, relationships
                """).execute().records().get(0);
        return new GraphCounts(record.get("nodes").asLong(), record.get("relationships").asLong());
    }

    static void deleteTestNodes(Driver driver) {
        driver.executableQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'test-bulk:' DETACH DELETE n").execute();
    }
}
