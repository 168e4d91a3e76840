package org.batterygraph.bulk;

import java.util.List;

/** A row (or a whole file, line 1) that was not loaded, and why. */
record Rejection(String file, long line, String reason, List<String> cells) {

    Rejection {
        cells = List.copyOf(cells);
    }
}
