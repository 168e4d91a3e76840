package org.batterygraph.dataset;

/** Progress of a dataset import: the command line shows it, the first start logs it. */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {
    };

    /** A file's import begins; {@code rows} records to read (for a progress display). */
    default void started(String dataset, String file, long rows) {
    }

    /** {@code done} of the file's records read and checked so far. */
    default void progressed(String file, long done) {
    }

    default void finished(FileOutcome outcome) {
    }
}
