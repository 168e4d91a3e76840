package org.batterygraph.access;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** The token is valid but lacks the role the operation needs; nothing ran. See docs/errors.md. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends GraphQLException {

    public ForbiddenException(String message) {
        super(message);
    }
}
