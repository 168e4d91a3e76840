package org.batterygraph.dataset;

/** Thrown while reading one row: the row is rejected with this reason, the rest of the file goes on. */
public class RowRejected extends RuntimeException {

    public RowRejected(String reason) {
        super(reason);
    }
}
