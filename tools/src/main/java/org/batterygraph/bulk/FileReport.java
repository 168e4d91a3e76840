package org.batterygraph.bulk;

import java.time.Duration;

/**
 * What one file did: data rows read, entities created, existing ones matched and updated, rows rejected.
 * {@code problem} is set when the whole file was refused (then no row of it was loaded).
 */
record FileReport(String file, String unit, long rowsRead, long created, long updated, long rejected, Duration elapsed,
        String problem) {

    static FileReport refused(String file, String unit, String problem) {
        return new FileReport(file, unit, 0, 0, 0, 0, Duration.ZERO, problem);
    }

    double rowsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? rowsRead / seconds : 0;
    }
}
