package org.batterygraph.dataset;

/** A row rejected, nothing of it written: its file, line and the reason. */
public record RowProblem(String file, long line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + "  " + reason;
    }
}
