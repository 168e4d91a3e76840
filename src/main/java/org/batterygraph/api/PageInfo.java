package org.batterygraph.api;

/** Relay-style page information: pass {@code endCursor} as {@code after} to get the next page. */
public record PageInfo(boolean hasNextPage, String endCursor) {
}
