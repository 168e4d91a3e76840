package org.batterygraph.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Loads one file: each record is validated first (a bad row is rejected with its line and reason and nothing of it
 * is written), valid rows go in batches, one transaction per batch, one parameterized statement per transaction.
 */
final class FileImport {

    private final Driver driver;
    private final int batchSize;
    private final boolean progress;
    private final RejectsFile rejects;
    private final ImportMetrics metrics;

    FileImport(Driver driver, int batchSize, boolean progress, RejectsFile rejects, ImportMetrics metrics) {
        this.driver = driver;
        this.batchSize = batchSize;
        this.progress = progress;
        this.rejects = rejects;
        this.metrics = metrics;
    }

    FileReport run(ImportFile file, Target target) throws IOException {
        long start = System.nanoTime();
        var counts = new Counts();
        long expected = dataLines(file.path());
        try (var records = new CsvRecords(file.path());
                var session = driver.session(SessionConfig.defaultConfig());
                var bar = Progress.of(progress, file.fileName(), expected)) {
            var headerRecord = records.next();
            if (headerRecord == null) {
                return refuse(file, target, new String[0], "empty file: no header");
            }
            Header header;
            try {
                header = target.header(headerRecord.cells());
            } catch (FileRejectedException e) {
                return refuse(file, target, headerRecord.cells(), e.getMessage());
            }
            var batch = new ArrayList<PendingRow>(batchSize);
            for (var record = next(records, file, counts); record != null; record = next(records, file, counts)) {
                counts.read++;
                try {
                    var values = header.values(record.cells());
                    batch.add(new PendingRow(record.line(), record.cells(), target.parameter(record.line(), values)));
                } catch (RowRejectedException e) {
                    reject(file, record.line(), e.getMessage(), record.cells(), counts);
                }
                if (batch.size() == batchSize) {
                    write(file, target, batch, session, counts);
                    bar.step(counts.read - counts.shown);
                    counts.shown = counts.read;
                    metrics.progress(file.fileName(), expected, counts.read, counts.rejected, counts.created, counts.updated);
                    batch = new ArrayList<>(batchSize);
                }
            }
            write(file, target, batch, session, counts);
            bar.step(counts.read - counts.shown);
            metrics.progress(file.fileName(), expected, counts.read, counts.rejected, counts.created, counts.updated);
        }
        return new FileReport(file.fileName(), target.unit(), counts.read, counts.created, counts.updated,
                counts.rejected, Duration.ofNanos(System.nanoTime() - start), null);
    }

    /** The next record; broken CSV (an unclosed quote) ends the file with one rejection saying where. */
    private CsvRecords.CsvRecord next(CsvRecords records, ImportFile file, Counts counts) {
        try {
            return records.next();
        } catch (UncheckedIOException e) {
            String problem = e.getCause() instanceof JsonProcessingException json ? json.getOriginalMessage()
                    : e.getCause().getMessage();
            reject(file, records.line(), "unreadable CSV, the rest of the file is skipped: " + problem, new String[0],
                    counts);
            return null;
        }
    }

    private void write(ImportFile file, Target target, List<PendingRow> batch, Session session,
            Counts counts) {
        if (batch.isEmpty()) {
            return;
        }
        // executeWrite retries transient failures (deadlocks, leader switch); MERGE makes the retry harmless.
        var outcome = session.executeWrite(tx -> target.write(tx, batch));
        counts.created += outcome.created();
        counts.updated += outcome.updated(batch);
        for (var row : batch) {
            String reason = outcome.refused().get(row.line());
            if (reason != null) {
                reject(file, row.line(), reason, row.cells(), counts);
            }
        }
    }

    private void reject(ImportFile file, long line, String reason, String[] cells, Counts counts) {
        counts.rejected++;
        rejects.add(new Rejection(file.fileName(), line, reason, Arrays.asList(cells)));
    }

    private FileReport refuse(ImportFile file, Target target, String[] header, String reason) {
        return refuse(file, target.unit(), header, reason, rejects);
    }

    /** A whole file refused: one rejection on line 1 (its header), no row of it loaded. */
    static FileReport refuse(ImportFile file, String unit, String[] header, String reason, RejectsFile rejects) {
        rejects.add(new Rejection(file.fileName(), 1, "file refused: " + reason, Arrays.asList(header)));
        return FileReport.refused(file.fileName(), unit, reason);
    }

    /** Lines after the header, for the progress bar's total (a fast byte scan; quoted newlines make it approximate). */
    static long dataLines(Path path) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 20];
        try (var in = Files.newInputStream(path)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return Math.max(0, lines - 1);
    }

    private static final class Counts {
        long read;
        long created;
        long updated;
        long rejected;
        long shown;
    }
}
