package org.batterygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What one contender's run measured, written as JSON between runs so that each system runs alone; with the
 * machine's 1-minute load average when it started (the machine is shared).
 */
record Results(String contender, double loadAverage, List<QueryResult> queries) {

    /** status is "ok" or "n/a: why"; fingerprints are the comparable rows of the first parameter rows. */
    record QueryResult(String id, String title, String note, String status, List<LoadRunner.Stats> levels,
            List<List<String>> fingerprints) {

        boolean measured() {
            return "ok".equals(status);
        }

        LoadRunner.Stats at(int concurrency) {
            return levels.stream().filter(s -> s.concurrency() == concurrency).findFirst().orElse(null);
        }
    }

    /**
     * The raw driver's p50 of one query at one graph size (bench/run.sh measures it at 10k and at full size), with
     * the mean number of rows it returned for the first parameter rows: a growing answer explains a growing p50.
     */
    record Scale(String label, long nodes, String query, double p50, double rows) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), this);
    }

    static Results read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Results.class);
    }

    static void writeScale(Path file, Scale scale) throws IOException {
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), scale);
    }

    static Scale readScale(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Scale.class);
    }

    /** The 1-minute load average of this machine (Linux), NaN elsewhere. */
    static double currentLoadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    QueryResult query(String id) {
        return queries.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
    }
}
