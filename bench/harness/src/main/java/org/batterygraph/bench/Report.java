package org.batterygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.neo4j.driver.Driver;

/** Writes docs/benchmarks.md and the p99 chart from the three contenders' results. */
final class Report {

    private static final int[] LEVELS = {1, 4, 8};
    private static final double RPS_TARGET = 2.0;
    private static final double P99_TARGET = 0.5;
    private static final double RAW_P50_TARGET = 1.10;
    private static final double SCALE_TARGET = 1.5;

    private final Driver driver;
    private final Map<String, String> options;
    private final Map<Contender, Results> results = new EnumMap<>(Contender.class);
    private final StringBuilder md = new StringBuilder();

    Report(Driver driver, Map<String, String> options) throws IOException {
        this.driver = driver;
        this.options = options;
        Path dir = Path.of(options.get("results"));
        for (Contender contender : Contender.values()) {
            Path file = dir.resolve(contender.key() + ".json");
            if (Files.exists(file)) {
                results.put(contender, Results.read(file));
            }
        }
    }

    private static final int IMPORT_TARGET = 100_000;

    void write() throws IOException {
        List<String> ids = results.get(Contender.OURS).queries().stream().map(Results.QueryResult::id).toList();
        line("# Benchmarks: our API, the Neo4j GraphQL Library, the raw Java driver");
        line("");
        line("Written by `bench/run.sh` on %s: the ten-query suite of `bench/suite/` against our API (Quarkus, port 8090), "
                + "@neo4j/graphql (Apollo Server, port 4000) and one Cypher statement through the Java driver (the floor), one "
                + "system at a time, on the same Neo4j. Closed-loop clients (1, 4, 8), each sending its next request when the "
                + "previous one answered; a warm-up, then a bounded run (%s). Latencies in ms; rps = answered operations per "
                + "second (a paging operation is 20 requests). The harness is `bench/harness/`.", LocalDate.now(),
                options.getOrDefault("bounds", "see bench/run.sh"));
        line("");
        line("The load generator, the system under test and Neo4j share the same 2 cores, and so does other work on "
                + "this machine (see the load average): absolute figures are low and noisy; the ratios between systems "
                + "measured minutes apart are what this page is for, and a rerun moves them by tens of percent.");
        line("");
        machine();
        targets(ids);
        for (int level : LEVELS) {
            table(ids, level);
        }
        scale();
        bulkImport();
        equality(ids);
        notes(ids);
        Files.writeString(Path.of(options.get("out")), md.toString());
        chart(ids);
        Main.log("wrote %s and %s", options.get("out"), options.get("chart"));
    }

    private void machine() {
        var counts = driver.executableQuery("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                CALL dbms.components() YIELD versions, edition
                RETURN nodes, relationships, versions[0] + ' ' + edition AS neo4j""").execute().records().get(0);
        line("## Machine and graph");
        line("");
        line("| | |");
        line("|---|---|");
        line("| cores | %d |", Runtime.getRuntime().availableProcessors());
        line("| RAM | %s |", memory());
        line("| JDK | %s %s |", System.getProperty("java.vendor"), System.getProperty("java.version"));
        line("| Node | %s |", options.getOrDefault("node", "?"));
        line("| Neo4j | %s (bench server: 2 GB heap, APOC core) |", counts.get("neo4j").asString());
        line("| @neo4j/graphql | 7.6.3 on @apollo/server 5.5.1 |");
        List<String> loads = results.values().stream().filter(r -> r.loadAverage() > 0)
                .map(r -> "%s %s".formatted(Contender.of(r.contender()).label(), num(r.loadAverage()))).toList();
        if (!loads.isEmpty()) {
            line("| load average (1 min) when each system's run started | %s (2 cores, shared with other work) |",
                    String.join(", ", loads));
        }
        line("| graph | %,d nodes, %,d relationships (%s) |", counts.get("nodes").asLong(), counts.get("relationships").asLong(),
                options.getOrDefault("graph", "generated"));
        line("");
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> "%.0f GiB".formatted(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    /** Queries both GraphQL servers answered (the refused unbounded query is not a like-for-like pair). */
    private List<String> paired(List<String> ids, Contender other) {
        return ids.stream().filter(id -> measured(Contender.OURS, id) && measured(other, id)
                && QueryCase.load(Path.of(options.getOrDefault("suite", "bench/suite"), id)).expectedOursError() == null)
                .toList();
    }

    private void targets(List<String> ids) {
        line("## Targets");
        line("");
        line("Geometric means over the queries both sides answered (the unbounded query, which ours refuses, is left out).");
        line("");
        line("| concurrency | ours/@neo4j/graphql rps (target ≥ %.1f) | ours/@neo4j/graphql p99 (target ≤ %.1f) | queries where ours has fewer rps (target: none) | ours/raw p50 (target ≤ %.2f) |",
                RPS_TARGET, P99_TARGET, RAW_P50_TARGET);
        line("|---|---|---|---|---|");
        for (int level : LEVELS) {
            List<String> withRef = paired(ids, Contender.REFERENCE);
            double rps = geomean(withRef, id -> ratio(id, level, Contender.REFERENCE, LoadRunner.Stats::rps));
            double p99 = geomean(withRef, id -> ratio(id, level, Contender.REFERENCE, LoadRunner.Stats::p99));
            List<String> slower = withRef.stream()
                    .filter(id -> ratio(id, level, Contender.REFERENCE, LoadRunner.Stats::rps) < 1).toList();
            double raw = geomean(paired(ids, Contender.RAW), id -> ratio(id, level, Contender.RAW, LoadRunner.Stats::p50));
            line("| %d | %s %s | %s %s | %s %s | %s %s |", level, num(rps), met(rps >= RPS_TARGET), num(p99),
                    met(p99 <= P99_TARGET), slower.isEmpty() ? "none" : String.join(", ", slower), met(slower.isEmpty()),
                    num(raw), met(raw <= RAW_P50_TARGET));
        }
        line("");
    }

    private void table(List<String> ids, int level) {
        line("## Concurrency %d", level);
        line("");
        line("| query | ours rps | p50 | p99 | err | @neo4j/graphql rps | p50 | p99 | err | raw rps | p50 | p99 | err | rps ours/ref | p99 ours/ref | p50 ours/raw |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String id : ids) {
            StringBuilder row = new StringBuilder("| " + id + " |");
            for (Contender contender : Contender.values()) {
                var query = result(contender, id);
                var stats = query == null ? null : query.at(level);
                if (stats == null) {
                    String status = query == null ? "not run" : query.measured() ? "—" : query.status();
                    row.append(" ").append(status).append(" | | | |");
                } else if (stats.ok() == 0) {
                    row.append(" failed: %s | | | %d |".formatted(clip(String.valueOf(stats.firstError())), stats.errors()));
                } else {
                    row.append(" %s | %s | %s | %d |".formatted(num(stats.rps()), num(stats.p50()), num(stats.p99()), stats.errors()));
                }
            }
            row.append(" %s | %s | %s |".formatted(num(ratio(id, level, Contender.REFERENCE, LoadRunner.Stats::rps)),
                    num(ratio(id, level, Contender.REFERENCE, LoadRunner.Stats::p99)),
                    num(ratio(id, level, Contender.RAW, LoadRunner.Stats::p50))));
            line(row.toString());
        }
        List<String> withRef = paired(ids, Contender.REFERENCE);
        line("| geometric mean | | | | | | | | | | | | | %s | %s | %s |",
                num(geomean(withRef, id -> ratio(id, level, Contender.REFERENCE, LoadRunner.Stats::rps))),
                num(geomean(withRef, id -> ratio(id, level, Contender.REFERENCE, LoadRunner.Stats::p99))),
                num(geomean(paired(ids, Contender.RAW), id -> ratio(id, level, Contender.RAW, LoadRunner.Stats::p50))));
        line("");
    }

    /** The bulk import's own summary of the load of this graph (bench/run.sh keeps it beside the database). */
    private void bulkImport() throws IOException {
        Path summary = Path.of(options.get("results"), "import.txt");
        line("## Bulk import (scripts/bulk-import.sh)");
        line("");
        if (!Files.exists(summary)) {
            line("Not measured: no import summary in the results (bench/run.sh writes it when it loads the graph).");
            line("");
            return;
        }
        var text = Files.readString(summary).strip();
        line("```");
        line(text);
        line("```");
        line("");
        var throughput = java.util.regex.Pattern.compile("([\\d,]+) relationships/s").matcher(text);
        if (throughput.find()) {
            double perSecond = Double.parseDouble(throughput.group(1).replace(",", ""));
            line("Relationships/s: %,.0f (target ≥ %,d) %s.", perSecond, IMPORT_TARGET, met(perSecond >= IMPORT_TARGET));
            line("");
        }
        Path offline = Path.of(options.get("results"), "admin-import.txt");
        if (Files.exists(offline)) {
            line("The graph under test is bigger than the bulk import can load within the run's time budget at the "
                    + "rate above; it was loaded offline into an empty database (bench/run.sh `admin_load`):");
            line("");
            line("```");
            line(Files.readString(offline).strip());
            line("```");
            line("");
        }
    }

    private void scale() throws IOException {
        Path small = Path.of(options.get("results"), "scale-small.json");
        Path full = Path.of(options.get("results"), "scale-full.json");
        line("## Growth of an indexed 2-hop query (raw driver, concurrency 1)");
        line("");
        if (!Files.exists(small) || !Files.exists(full)) {
            line("Not measured in this run (bench/run.sh measures it when it loads the small graph before the full one).");
            line("");
            return;
        }
        var a = Results.readScale(small);
        var b = Results.readScale(full);
        double growth = b.p50() / a.p50();
        line("| graph | nodes | %s p50 ms | rows per answer |", a.query());
        line("|---|---:|---:|---:|");
        line("| %s | %,d | %s | %s |", a.label(), a.nodes(), num(a.p50()), num(a.rows()));
        line("| %s | %,d | %s | %s |", b.label(), b.nodes(), num(b.p50()), num(b.rows()));
        line("");
        line("Growth %s× (target ≤ %.1f×) %s.", num(growth), SCALE_TARGET, met(growth <= SCALE_TARGET));
        line("");
    }

    private void equality(List<String> ids) {
        line("## Same answers?");
        line("");
        line("For each query the harness keeps the answers to the first 5 parameter rows, normalized as `bench/suite/*/query.json` "
                + "says (rows of fields; exact order, sorted, or as a set), and compares them with ours.");
        line("");
        line("| query | ours = @neo4j/graphql | ours = raw |");
        line("|---|---|---|");
        for (String id : ids) {
            line("| %s | %s | %s |", id, same(id, Contender.REFERENCE), same(id, Contender.RAW));
        }
        line("");
    }

    private String same(String id, Contender other) {
        var ours = result(Contender.OURS, id);
        var theirs = result(other, id);
        if (ours == null || theirs == null || ours.fingerprints().isEmpty() || theirs.fingerprints().isEmpty()) {
            return "not compared";
        }
        var failed = theirs.fingerprints().stream().flatMap(List::stream).filter(r -> r.startsWith("error: ")).findFirst();
        if (failed.isPresent()) {
            return "not compared: %s %s".formatted(other.label(), clip(failed.get()));
        }
        int mismatches = 0;
        String example = null;
        for (int i = 0; i < Math.min(ours.fingerprints().size(), theirs.fingerprints().size()); i++) {
            if (!ours.fingerprints().get(i).equals(theirs.fingerprints().get(i))) {
                mismatches++;
                if (example == null) {
                    example = firstDifference(ours.fingerprints().get(i), theirs.fingerprints().get(i));
                }
            }
        }
        int compared = Math.min(ours.fingerprints().size(), theirs.fingerprints().size());
        return mismatches == 0 ? "yes (%d answers, %d rows)".formatted(compared, ours.fingerprints().stream().mapToInt(List::size).sum())
                : "**MISMATCH** in %d of %d answers: %s".formatted(mismatches, compared, example);
    }

    private static String firstDifference(List<String> ours, List<String> theirs) {
        for (int i = 0; i < Math.max(ours.size(), theirs.size()); i++) {
            String a = i < ours.size() ? ours.get(i) : "(none)";
            String b = i < theirs.size() ? theirs.get(i) : "(none)";
            if (!a.equals(b)) {
                return "row %d: ours `%s`, theirs `%s` (%d vs %d rows)".formatted(i, clip(a), clip(b), ours.size(), theirs.size());
            }
        }
        return "?";
    }

    private static String clip(String text) {
        return (text.length() > 80 ? text.substring(0, 80) + "…" : text).replace("|", "\\|");
    }

    private void notes(List<String> ids) {
        line("## The queries");
        line("");
        for (String id : ids) {
            var query = result(Contender.OURS, id);
            line("- **%s** %s.%s", id, query.title(), query.note() == null ? "" : " " + query.note());
        }
        line("");
    }

    private void chart(List<String> ids) throws IOException {
        List<String> shown = ids.stream().filter(id -> measured(Contender.OURS, id)).toList();
        CategoryChart chart = new CategoryChartBuilder().width(1100).height(550)
                .title("p99 latency per query, concurrency 1 (ms, log scale)").xAxisTitle("query").yAxisTitle("p99 ms").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisLabelRotation(30);
        double min = Double.MAX_VALUE;
        for (Contender contender : Contender.values()) {
            List<Double> values = new ArrayList<>();
            for (String id : shown) {
                var query = result(contender, id);
                var stats = query == null ? null : query.at(1);
                values.add(stats == null || stats.ok() == 0 ? null : Math.max(0.01, stats.p99()));
            }
            if (values.stream().anyMatch(Objects::nonNull)) {
                chart.addSeries(contender.label(), shown, values);
                min = Math.min(min, values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).min().orElse(1));
            }
        }
        chart.getStyler().setYAxisMin(min / 2); // bars start at the axis minimum: zero is not on a log axis
        BitmapEncoder.saveBitmap(chart, options.get("chart"), BitmapEncoder.BitmapFormat.PNG);
    }

    private Results.QueryResult result(Contender contender, String id) {
        var r = results.get(contender);
        return r == null ? null : r.query(id);
    }

    private boolean measured(Contender contender, String id) {
        var query = result(contender, id);
        return query != null && query.measured();
    }

    /** ours / other for one statistic; NaN when either side has no successful measurement. */
    private double ratio(String id, int level, Contender other, ToDoubleFunction<LoadRunner.Stats> statistic) {
        var ours = result(Contender.OURS, id);
        var theirs = result(other, id);
        var a = ours == null ? null : ours.at(level);
        var b = theirs == null ? null : theirs.at(level);
        if (a == null || b == null || a.ok() == 0 || b.ok() == 0) {
            return Double.NaN;
        }
        return statistic.applyAsDouble(a) / statistic.applyAsDouble(b);
    }

    private static double geomean(List<String> ids, ToDoubleFunction<String> value) {
        double sum = 0;
        int n = 0;
        for (String id : ids) {
            double v = value.applyAsDouble(id);
            if (!Double.isNaN(v) && v > 0) {
                sum += Math.log(v);
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.exp(sum / n);
    }

    private static String num(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String met(boolean met) {
        return met ? "(met)" : "(**missed**)";
    }

    private void line(String format, Object... args) {
        md.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
    }
}
