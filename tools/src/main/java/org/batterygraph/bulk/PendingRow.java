package org.batterygraph.bulk;

import java.util.Map;

/** A validated row waiting for its batch: the line it came from, its raw cells (for a rejection) and its parameter. */
record PendingRow(long line, String[] cells, Map<String, Object> parameter) {
}
