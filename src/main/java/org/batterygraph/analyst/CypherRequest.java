package org.batterygraph.analyst;

import java.util.Map;

/** POST /cypher body: a statement, its parameters, and at most how many rows to return (1 to the server cap). */
public record CypherRequest(String statement, Map<String, Object> parameters, Integer maxRows) {
}
