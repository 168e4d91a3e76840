package org.batterygraph.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

/**
 * Every rejected row, streamed to a CSV file ({@code file,line,reason,row}; {@code row} is the original record as
 * one CSV line), and the first few kept for the summary.
 */
final class RejectsFile implements AutoCloseable {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final Path path;
    private final int keep;
    private final List<Rejection> first = new ArrayList<>();
    private final SequenceWriter writer;
    private long count;

    RejectsFile(Path path, int keep) throws IOException {
        this.path = path;
        this.keep = keep;
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        this.writer = MAPPER.writerFor(String[].class).writeValues(path.toFile());
        writer.write(new String[] {"file", "line", "reason", "row"});
    }

    void add(Rejection rejection) {
        count++;
        if (first.size() < keep) {
            first.add(rejection);
        }
        try {
            String row = MAPPER.writeValueAsString(rejection.cells().toArray(String[]::new)).strip();
            writer.write(new String[] {rejection.file(), Long.toString(rejection.line()), rejection.reason(), row});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    long count() {
        return count;
    }

    List<Rejection> first() {
        return List.copyOf(first);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
