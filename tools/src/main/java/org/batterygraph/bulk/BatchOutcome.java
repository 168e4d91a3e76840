package org.batterygraph.bulk;

import java.util.List;
import java.util.Map;

/** What one batch transaction did: entities created, and the rows the database refused (line → reason). */
record BatchOutcome(int created, Map<Long, String> refused) {

    BatchOutcome {
        refused = Map.copyOf(refused);
    }

    int updated(List<PendingRow> batch) {
        return batch.size() - created - refused.size();
    }
}
