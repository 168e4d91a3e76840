package org.batterygraph.api;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** A request argument is malformed or out of range; nothing was read or written. Listed in docs/errors.md. */
@ErrorCode("INVALID_ARGUMENT")
public class InvalidArgumentException extends GraphQLException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
