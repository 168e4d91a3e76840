package org.batterygraph.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every rejected row, streamed to a CSV file ({@code file,line,reason,row}; {@code row} is the original record as
 * one CSV line), and the first few kept for the summary.
 */
final class RejectsFile implements AutoCloseable {

    private final int keep;
    private final List<Rejection> first = new ArrayList<>();
    private final CsvSink sink;

    RejectsFile(Path path, int keep) throws IOException {
        this.keep = keep;
        if (path.toAbsolutePath().getParent() != null) {
            Files.createDirectories(path.toAbsolutePath().getParent());
        }
        this.sink = new CsvSink(path, "file", "line", "reason", "row");
    }

    void add(Rejection rejection) {
        if (first.size() < keep) {
            first.add(rejection);
        }
        sink.row(rejection.file(), rejection.line(), rejection.reason(), CsvSink.format(rejection.cells().toArray()));
    }


    long count() {
        return sink.rows();
    }

    List<Rejection> first() {
        return List.copyOf(first);
    }

    @Override
    public void close() throws IOException {
        sink.close();
    }
}
