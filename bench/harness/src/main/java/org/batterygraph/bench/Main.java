package org.batterygraph.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * Benchmark harness. Three commands, all with --bolt URI --user U --password P (the bench Neo4j):
 * <pre>
 *   run    --contender ours|reference|raw [--url http://127.0.0.1:8090/graphql] --suite bench/suite --out FILE
 *          [--concurrency 1,4,8] [--warmup 200:5] [--run 3000:8] [--schema docs/schema.graphql]
 *          [--server-warmup SECONDS]   unmeasured load over the whole suite first (JIT warm-up)
 *   scale  --label 10k --suite bench/suite --query 03-two-hop --out FILE      raw driver p50 of one query
 *   report --results DIR --out docs/benchmarks.md --chart docs/benchmarks-p99.png [--node VERSION]
 * </pre>
 * Ours is sent with {@code Authorization: Bearer $BENCH_EDITOR_JWT} when that variable is set (mutations).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        try (Driver driver = GraphDatabase.driver(options.getOrDefault("bolt", "bolt://127.0.0.1:7688"),
                AuthTokens.basic(options.getOrDefault("user", "neo4j"), options.getOrDefault("password", "bench-local")),
                Config.builder().withLogging(Logging.none()).build())) {
            driver.verifyConnectivity();
            switch (args[0]) {
                case "run" -> run(driver, options);
                case "scale" -> scale(driver, options);
                case "report" -> new Report(driver, options).write();
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        }
    }

    private static void run(Driver driver, Map<String, String> options) throws Exception {
        Contender contender = Contender.of(options.get("contender"));
        var settings = new SuiteRun.Settings(
                Arrays.stream(options.getOrDefault("concurrency", "1,4,8").split(",")).map(Integer::valueOf).toList(),
                bounds(options.getOrDefault("warmup", "200:5")), bounds(options.getOrDefault("run", "3000:8")),
                Path.of(options.getOrDefault("schema", "docs/schema.graphql")),
                Double.parseDouble(options.getOrDefault("server-warmup", "0")));
        List<QueryCase> suite = QueryCase.loadSuite(Path.of(options.getOrDefault("suite", "bench/suite")));
        try (Executor executor = executor(contender, driver, options)) {
            new SuiteRun(contender, executor, driver, settings).run(suite).write(Path.of(options.get("out")));
        }
    }

    private static void scale(Driver driver, Map<String, String> options) throws Exception {
        QueryCase query = QueryCase.load(Path.of(options.getOrDefault("suite", "bench/suite"), options.get("query")));
        var settings = new SuiteRun.Settings(List.of(1), bounds(options.getOrDefault("warmup", "200:5")),
                bounds(options.getOrDefault("run", "3000:8")), Path.of("docs/schema.graphql"), 0);
        var result = new SuiteRun(Contender.RAW, new RawExecutor(driver), driver, settings).run(List.of(query))
                .queries().get(0);
        long nodes = driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
        double rows = result.fingerprints().stream().mapToInt(List::size).average().orElse(0);
        var scale = new Results.Scale(options.get("label"), nodes, query.id(), result.at(1).p50(), rows);
        Results.writeScale(Path.of(options.get("out")), scale);
        log("scale %s (%d nodes): %s p50 %.3f ms", scale.label(), nodes, query.id(), scale.p50());
    }

    private static Executor executor(Contender contender, Driver driver, Map<String, String> options) {
        if (contender == Contender.RAW) {
            return new RawExecutor(driver);
        }
        String jwt = System.getenv("BENCH_EDITOR_JWT");
        return new GraphQlExecutor(URI.create(options.get("url")),
                contender == Contender.OURS && jwt != null ? "Bearer " + jwt : null);
    }

    private static LoadRunner.Bounds bounds(String requestsColonSeconds) {
        String[] parts = requestsColonSeconds.split(":");
        return new LoadRunner.Bounds(Integer.parseInt(parts[0]), Double.parseDouble(parts[1]));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    static void log(String format, Object... args) {
        System.out.printf("[%s] [harness] %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), format.formatted(args));
    }
}
