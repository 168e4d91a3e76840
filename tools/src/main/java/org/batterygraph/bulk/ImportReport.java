package org.batterygraph.bulk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.ToLongFunction;

/** The whole import: per-file reports, the first rejections, where all of them went, and the time per phase. */
record ImportReport(List<FileReport> files, List<Rejection> firstRejections, long rejectedRows, Path rejectsFile,
        List<String> ignoredFiles, Duration nodePhase, Duration relationshipPhase) {

    ImportReport {
        files = List.copyOf(files);
        firstRejections = List.copyOf(firstRejections);
        ignoredFiles = List.copyOf(ignoredFiles);
    }

    long total(String unit, ToLongFunction<FileReport> count) {
        return files.stream().filter(f -> f.unit().equals(unit)).mapToLong(count).sum();
    }

    /** Node rows read per second over the node files. */
    double nodeRowsPerSecond() {
        return perSecond(total("nodes", FileReport::rowsRead), nodePhase);
    }

    /** Relationships written (created or matched and updated) per second over the relationship files. */
    double relationshipsPerSecond() {
        return perSecond(total("relationships", f -> f.created() + f.updated()), relationshipPhase);
    }

    private static double perSecond(long count, Duration elapsed) {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? count / seconds : 0;
    }
}
