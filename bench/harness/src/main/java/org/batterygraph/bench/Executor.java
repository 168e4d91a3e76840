package org.batterygraph.bench;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Sends one document with its variables and returns the answer as JSON; throws on any failure. */
interface Executor extends AutoCloseable {

    JsonNode execute(String document, Map<String, Object> variables) throws Exception;

    @Override
    default void close() {
    }
}
