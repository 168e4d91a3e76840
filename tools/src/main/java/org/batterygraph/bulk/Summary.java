package org.batterygraph.bulk;

import java.util.Locale;

/** The human-readable end of an import: a table per file, totals, throughput and the first rejected rows. */
final class Summary {

    private Summary() {
    }

    static String of(ImportReport report) {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-34s %-13s %10s %10s %10s %10s %10s%n", "file", "loads", "rows read",
                "created", "updated", "rejected", "rows/s"));
        for (var f : report.files()) {
            if (f.problem() != null) {
                out.append(String.format(Locale.ROOT, "%-34s %-13s REFUSED: %s%n", f.file(), f.unit(), f.problem()));
            } else {
                out.append(String.format(Locale.ROOT, "%-34s %-13s %,10d %,10d %,10d %,10d %,10.0f%n", f.file(), f.unit(),
                        f.rowsRead(), f.created(), f.updated(), f.rejected(), f.rowsPerSecond()));
            }
        }
        for (String unit : new String[] {"nodes", "relationships"}) {
            out.append(String.format(Locale.ROOT, "%-34s %-13s %,10d %,10d %,10d %,10d%n", "total", unit,
                    report.total(unit, FileReport::rowsRead), report.total(unit, FileReport::created),
                    report.total(unit, FileReport::updated), report.total(unit, FileReport::rejected)));
        }
        out.append(String.format(Locale.ROOT, "throughput: %,.0f node rows/s (%.1f s), %,.0f relationships/s (%.1f s)%n",
                report.nodeRowsPerSecond(), report.nodePhase().toMillis() / 1000.0, report.relationshipsPerSecond(),
                report.relationshipPhase().toMillis() / 1000.0));
        if (!report.ignoredFiles().isEmpty()) {
            out.append("ignored (not nodes-<Label>.csv or rels-<TYPE>.csv): ").append(report.ignoredFiles()).append('\n');
        }
        if (report.rejectedRows() == 0) {
            out.append("no rows rejected\n");
        } else {
            out.append(String.format(Locale.ROOT, "%,d rejected (all in %s); the first %d:%n", report.rejectedRows(),
                    report.rejectsFile(), report.firstRejections().size()));
            for (var r : report.firstRejections()) {
                out.append(String.format(Locale.ROOT, "  %s:%d  %s%n", r.file(), r.line(), r.reason()));
            }
        }
        return out.toString();
    }
}
