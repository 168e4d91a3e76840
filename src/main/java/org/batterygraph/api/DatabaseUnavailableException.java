package org.batterygraph.api;

import io.smallrye.graphql.api.ErrorCode;

/** Neo4j cannot be reached right now; the request changed nothing and can be retried. Listed in docs/errors.md. */
@ErrorCode("DATABASE_UNAVAILABLE")
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(Throwable cause) {
        super("The knowledge graph database is not reachable right now; retry later", cause);
    }
}
