package org.batterygraph.neo4j;

import org.neo4j.driver.summary.ResultSummary;

/**
 * A test-only seam of {@link Cypher}: the tests' bean (src/test, TestCypherWatch) counts round trips and, in
 * QueryProfilesTest, runs each statement under PROFILE and keeps its plan. The application has no such bean and
 * uses {@link #NONE}: the statement's text as it is, nothing recorded.
 */
public interface CypherWatch {

    CypherWatch NONE = new CypherWatch() {
    };

    /** The text sent for {@code query}. */
    default String text(Cypher.Query query) {
        return query.text();
    }

    /** Called before each round trip to Neo4j (each attempt of a write that is retried). */
    default void roundTrip(Cypher.Query query) {
    }

    /** Called when {@code query} answered, with the summary of its result. */
    default void answered(Cypher.Query query, ResultSummary summary) {
    }
}
