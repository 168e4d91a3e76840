package org.batterygraph.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The bulk import's progress as Prometheus metrics (docs/operations.md): with {@code --metrics FILE} the command
 * rewrites FILE, in the text format of node_exporter's textfile collector, after each batch (at most once a second)
 * and when it ends. The import is a command, not a server, so there is nothing to scrape while it runs: a collector
 * reads the file. Written to a temporary file and moved into place, so a reader never sees half of it.
 */
final class ImportMetrics {

    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final Path file;
    private final Map<String, long[]> files = new LinkedHashMap<>();
    private long lastWrite;

    private ImportMetrics(Path file) {
        this.file = file;
    }

    /** Writes to {@code file}; with none, records nothing. */
    static ImportMetrics to(Path file) {
        return new ImportMetrics(file);
    }

    /** Where a file's import stands: data rows expected, read, rejected; entities created, updated. */
    void progress(String name, long expected, long read, long rejected, long created, long updated) {
        if (file == null) {
            return;
        }
        files.put(name, new long[] { expected, read, rejected, created, updated });
        long now = System.nanoTime();
        if (now - lastWrite >= INTERVAL_NANOS) {
            write(false);
            lastWrite = now;
        }
    }

    void done() {
        if (file != null) {
            write(true);
        }
    }

    private void write(boolean done) {
        var text = new StringBuilder();
        gauge(text, "battery_import_rows_expected", "Data lines in each import file (quoted newlines make it approximate)", 0);
        gauge(text, "battery_import_rows_read", "Data rows read so far, per file", 1);
        gauge(text, "battery_import_rows_rejected", "Rows rejected so far (with line and reason in the rejects file), per file", 2);
        gauge(text, "battery_import_entities_created", "Nodes or relationships created so far, per file", 3);
        gauge(text, "battery_import_entities_updated", "Existing nodes or relationships matched and updated so far, per file", 4);
        text.append("# HELP battery_import_done 1 once the import has ended\n# TYPE battery_import_done gauge\n")
                .append("battery_import_done ").append(done ? 1 : 0).append('\n');
        text.append("# HELP battery_import_last_update_seconds When this file was written (Unix time)\n")
                .append("# TYPE battery_import_last_update_seconds gauge\n")
                .append(String.format(Locale.ROOT, "battery_import_last_update_seconds %.3f%n", System.currentTimeMillis() / 1000.0));
        try {
            var parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            var temporary = Files.createTempFile(parent, ".import-metrics", ".prom");
            Files.writeString(temporary, text);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the metrics file " + file, e);
        }
    }

    private void gauge(StringBuilder text, String name, String help, int index) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(" gauge\n");
        files.forEach((fileName, values) -> text.append(name).append("{file=\"").append(fileName.replace("\"", "")).append("\"} ")
                .append(values[index]).append('\n'));
    }
}
