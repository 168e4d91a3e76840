package org.batterygraph.analyst;

/** A statement POST /cypher will not run, or that failed: a code from docs/errors.md, an HTTP status, a message. */
public class CypherRefusal extends RuntimeException {

    private final int status;
    private final String code;

    CypherRefusal(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
