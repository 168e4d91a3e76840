package org.batterygraph.api;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** A request asks for more than a hard bound allows (depth, hops, result size); nothing ran. See docs/errors.md. */
@ErrorCode("LIMIT_EXCEEDED")
public class LimitExceededException extends GraphQLException {

    public LimitExceededException(String message) {
        super(message);
    }
}
