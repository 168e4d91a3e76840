package org.batterygraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import com.fasterxml.jackson.databind.JsonNode;

/** Runs the whole suite against one contender at each concurrency level and collects comparable answers. */
final class SuiteRun {

    /** Parameter rows whose answers are kept for the comparison between contenders. */
    private static final int COMPARED_ROWS = 5;

    /**
     * @param serverWarmupSeconds before any measurement, every query the system answers runs for its share of these
     *                            seconds at 2 clients, unmeasured: the JVM's JIT compiles the whole request path
     *                            only after thousands of requests, far more than one query's own warm-up
     */
    record Settings(List<Integer> concurrency, LoadRunner.Bounds warmup, LoadRunner.Bounds run, Path publishedSchema,
            double serverWarmupSeconds) {
    }

    private final Contender contender;
    private final Executor executor;
    private final Driver driver;
    private final Settings settings;

    SuiteRun(Contender contender, Executor executor, Driver driver, Settings settings) {
        this.contender = contender;
        this.executor = executor;
        this.driver = driver;
        this.settings = settings;
    }

    Results run(List<QueryCase> suite) throws Exception {
        warmUp(suite);
        double loadAverage = Results.currentLoadAverage();
        List<Results.QueryResult> results = new ArrayList<>();
        for (QueryCase query : suite) {
            results.add(run(query));
        }
        return new Results(contender.key(), loadAverage, results);
    }

    private Results.QueryResult run(QueryCase query) throws Exception {
        String unavailable = unavailable(query);
        if (unavailable != null) {
            Main.log("%s %s: %s", contender.key(), query.id(), unavailable);
            return new Results.QueryResult(query.id(), query.title(), query.note(), unavailable, List.of(), List.of());
        }
        List<Map<String, Object>> rows = parameterRows(query);
        if (rows.isEmpty()) {
            return new Results.QueryResult(query.id(), query.title(), query.note(), "n/a: no parameters in this graph",
                    List.of(), List.of());
        }
        Operation operation = new Operation(query, contender, executor);
        List<List<String>> fingerprints = new ArrayList<>();
        if (query.comparison() != null) {
            for (var row : rows.subList(0, Math.min(COMPARED_ROWS, rows.size()))) {
                try {
                    List<JsonNode> answers = operation.run(row);
                    fingerprints.add(operation.fingerprint(answers));
                } catch (Exception e) {
                    fingerprints.add(List.of("error: " + e.getMessage()));
                }
            }
        }
        var limits = query.limits();
        var warmup = limits.warmupRequests() == null ? settings.warmup()
                : new LoadRunner.Bounds(limits.warmupRequests(), settings.warmup().maxSeconds());
        var bounds = limits.maxRequests() == null ? settings.run()
                : new LoadRunner.Bounds(limits.maxRequests(), settings.run().maxSeconds());
        List<LoadRunner.Stats> levels = new ArrayList<>();
        LoadRunner.Stats failedEverywhere = null;
        for (int concurrency : limits.concurrency() == null ? settings.concurrency() : limits.concurrency()) {
            if (failedEverywhere != null) {
                // Nothing answered at a lower level (e.g. every request timed out): more clients cannot do better,
                // and each level would cost two full timeouts. Recorded as the same failure, not run.
                var f = failedEverywhere;
                levels.add(new LoadRunner.Stats(concurrency, 0, f.errors(), 0, 0, 0,
                        f.firstError() + " (not run: failed at " + f.concurrency() + " clients)"));
                continue;
            }
            var stats = LoadRunner.measure(operation, rows, concurrency, warmup, bounds);
            if (stats.ok() == 0 && stats.errors() > 0) {
                failedEverywhere = stats;
            }
            Main.log("%s %s c=%d: %.1f ops/s, p50 %.2f ms, p99 %.2f ms, %d errors%s", contender.key(), query.id(),
                    concurrency, stats.rps(), stats.p50(), stats.p99(), stats.errors(),
                    stats.firstError() == null ? "" : " (" + stats.firstError() + ")");
            levels.add(stats);
        }
        return new Results.QueryResult(query.id(), query.title(), query.note(), "ok", levels, fingerprints);
    }

    /** The server warm-up: read-only queries without limits of their own (not the unbounded one, not mutations). */
    private void warmUp(List<QueryCase> suite) throws Exception {
        if (settings.serverWarmupSeconds() <= 0) {
            return;
        }
        var queries = new ArrayList<QueryCase>();
        for (var query : suite) {
            if (unavailable(query) == null && !query.requiresMutation() && query.limits().concurrency() == null) {
                queries.add(query);
            }
        }
        double share = settings.serverWarmupSeconds() / Math.max(1, queries.size());
        for (var query : queries) {
            var rows = parameterRows(query);
            if (!rows.isEmpty()) {
                LoadRunner.measure(new Operation(query, contender, executor), rows, 2, new LoadRunner.Bounds(0, 0),
                        new LoadRunner.Bounds(Integer.MAX_VALUE, share));
            }
        }
        Main.log("%s: server warm-up, %.0f s over %d queries", contender.key(), settings.serverWarmupSeconds(), queries.size());
    }

    private String unavailable(QueryCase query) throws Exception {
        if (query.requiresMutation()) {
            boolean oursHasMutations = Files.readString(settings.publishedSchema()).contains("type Mutation");
            if (!oursHasMutations || !query.documents().containsKey(Contender.OURS)) {
                return "n/a: not yet available";
            }
        }
        return query.documents().containsKey(contender) ? null : "n/a: no " + contender.documentFile();
    }

    private List<Map<String, Object>> parameterRows(QueryCase query) {
        if (query.paramsCypher() == null) {
            return List.of(Map.of());
        }
        return driver.executableQuery(query.paramsCypher()).execute().records().stream()
                .map(r -> r.asMap(RawExecutor::plain)).toList();
    }
}
