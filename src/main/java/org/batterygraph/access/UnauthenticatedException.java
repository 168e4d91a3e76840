package org.batterygraph.access;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** The operation needs a bearer token and the request has none; nothing ran. See docs/errors.md. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends GraphQLException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
