package org.batterygraph.api;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Neo4j refused or failed a statement for a reason the client cannot fix (a bug of ours). The client gets the
 * code and a reference to find the cause in the log, never the database's message. Listed in docs/errors.md.
 */
@ErrorCode("INTERNAL_ERROR")
public class QueryFailedException extends RuntimeException {

    public QueryFailedException(String reference) {
        super("The query failed; the server log has the cause under reference " + reference);
    }
}
