package org.batterygraph.dataset;

import java.time.Duration;
import java.util.List;

/**
 * What the import of one file did: refused as a whole (its reason; nothing written), or its rows read, the records
 * loaded, the rows outside the import's scope (e.g. CIM rows of other technologies), the rows rejected with their
 * line and reason, and what the file's one transaction created.
 */
public record FileOutcome(String dataset, String file, String refusal, long rowsRead, long loaded, long outOfScope,
        List<RowProblem> rejected, long nodesCreated, long relationshipsCreated, Duration took) {

    public FileOutcome {
        rejected = List.copyOf(rejected);
    }

    public static FileOutcome refused(String dataset, String file, String reason, Duration took) {
        return new FileOutcome(dataset, file, reason, 0, 0, 0, List.of(), 0, 0, took);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
