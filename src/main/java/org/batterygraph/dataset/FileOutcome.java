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

    /** What an importer read and wrote of a file it did not refuse. */
    public record Read(long rowsRead, long loaded, long outOfScope, List<RowProblem> rejected, Statements.Created created) {
    }

    /** An importer's reading and writing of one file; it throws FileRefusedException to refuse the file. */
    @FunctionalInterface
    public interface Import {
        Read run();
    }

    /**
     * One file's import as every importer runs it: {@code work}'s outcome, or the file refused with the
     * FileRefusedException's message; timed from this call, and passed to the listener's {@code finished}.
     */
    public static FileOutcome of(String dataset, DatasetFile file, ImportListener listener, Import work) {
        long start = System.nanoTime();
        FileOutcome outcome;
        try {
            var read = work.run();
            outcome = new FileOutcome(dataset, file.name(), null, read.rowsRead(), read.loaded(), read.outOfScope(),
                    read.rejected(), read.created().nodes(), read.created().relationships(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (FileRefusedException e) {
            outcome = refused(dataset, file.name(), e.getMessage(), Duration.ofNanos(System.nanoTime() - start));
        }
        listener.finished(outcome);
        return outcome;
    }

    public static FileOutcome refused(String dataset, String file, String reason, Duration took) {
        return new FileOutcome(dataset, file, reason, 0, 0, 0, List.of(), 0, 0, took);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
