package org.batterygraph.bulk;

import java.util.List;

/** The columns a {@code nodes-<Label>.csv} file may have besides {@code id} and {@code name}. */
record NodeSchema(String label, boolean nameRequired, List<Column> columns) {

    NodeSchema {
        columns = List.copyOf(columns);
    }
}
