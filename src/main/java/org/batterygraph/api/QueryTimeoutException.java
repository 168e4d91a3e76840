package org.batterygraph.api;

import io.smallrye.graphql.api.ErrorCode;

/** The statement ran past battery.query.timeout and was cut off by Neo4j; nothing changed. See docs/errors.md. */
@ErrorCode("QUERY_TIMEOUT")
public class QueryTimeoutException extends RuntimeException {

    public QueryTimeoutException() {
        super("The query took longer than the server allows and was stopped; ask for less");
    }
}
