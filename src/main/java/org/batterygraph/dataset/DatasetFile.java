package org.batterygraph.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A file an importer reads: its name (what messages and record keys cite) and how to open it. */
public record DatasetFile(String name, String location, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** A file on disk, e.g. the next release given on the command line. */
    public static DatasetFile of(Path path) {
        return new DatasetFile(path.getFileName().toString(), path.toString(), () -> Files.newInputStream(path));
    }

    /** A vendored file shipped on the classpath ({@code data/external/...}). */
    public static DatasetFile resource(String path) {
        var name = path.substring(path.lastIndexOf('/') + 1);
        return new DatasetFile(name, "classpath:" + path, () -> {
            var in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new IOException("not on the classpath: " + path);
            }
            return in;
        });
    }

    /** Its records (CsvTable). */
    public List<CsvTable.Row> rows() {
        try (var in = opener.open()) {
            return CsvTable.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
