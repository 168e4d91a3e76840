package org.batterygraph;

import java.util.List;

import org.neo4j.driver.Driver;

/**
 * What write tests leave behind is removed again, so every other test sees the seed graph as docs/data.md counts
 * it. Test writes use ids containing {@value #MARK} and sources whose id starts with {@code source:test-}.
 */
public final class TestWrites {

    public static final String MARK = "test-";

    private TestWrites() {
    }

    /** Nodes and relationships in the whole graph. */
    public static List<Long> counts(Driver driver) {
        var record = driver.executableQuery("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                RETURN nodes, relationships""").execute().records().get(0);
        return List.of(record.get("nodes").asLong(), record.get("relationships").asLong());
    }

    /** Deletes every node a test wrote (and its relationships) and undoes claims tests retired or superseded in the seed. */
    public static void remove(Driver driver) {
        driver.executableQuery("""
                MATCH (s:Source) WHERE s.id STARTS WITH 'source:test-'
                OPTIONAL MATCH (s)<-[:STATED_IN]-(c:Claim)
                DETACH DELETE c, s""").execute();
        driver.executableQuery("""
                MATCH (n:Entity) WHERE n.id CONTAINS ':test-' DETACH DELETE n""").execute();
        driver.executableQuery("""
                MATCH (c:Claim) WHERE c.retiredBy STARTS WITH 'test-'
                SET c.status = 'Active' REMOVE c.retiredBy, c.retiredAt, c.retiredReason""").execute();
        driver.executableQuery("""
                MATCH (c:Claim) WHERE c.supersededByUser STARTS WITH 'test-'
                SET c.status = 'Active' REMOVE c.supersededBy, c.supersededAt, c.supersededByUser""").execute();
        driver.executableQuery("""
                MATCH ()-[r]->() WHERE any(s IN r.sources WHERE s STARTS WITH 'source:test-')
                WITH r, [s IN r.sources WHERE NOT s STARTS WITH 'source:test-'] AS kept
                CALL (r, kept) { WITH * WHERE kept = [] DELETE r }
                CALL (r, kept) {
                  WITH * WHERE kept <> []
                  SET r.sources = kept, r.claims = [c IN r.claims WHERE NOT c CONTAINS '@test-']
                }""").execute();
    }
}
