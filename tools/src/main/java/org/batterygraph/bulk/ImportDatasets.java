package org.batterygraph.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.batterygraph.dataset.DatasetFile;
import org.batterygraph.dataset.DatasetImport;
import org.batterygraph.dataset.FileOutcome;
import org.batterygraph.dataset.ImportListener;
import org.batterygraph.dataset.ResolutionReport;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The open-dataset import command (scripts/import-datasets.sh; docs/import.md, "Open datasets"): the vendored files
 * of data/external/, or the files given (a next release) to the importer of their kind. Exit codes: 0 imported
 * (rejected rows and a refused vendored file are reported, not fatal), 1 bad arguments, 2 Neo4j unreachable, 3 Neo4j
 * failed, 4 a file given on the command line was refused (nothing of it loaded).
 */
public final class ImportDatasets {

    static final String USAGE = """
            usage: scripts/import-datasets.sh [--uri bolt://localhost:7687] [--user neo4j] [--password batterygraph]
                                              [--data data/external] [--report FILE.md] [--no-progress]
                                              [--usgs mcsYYYY-<commodity>_<world|salient>.csv]... [--deposits Deposit.csv]
                                              [--cim manufacturing_energy_and_industry_facility_metadata.csv]
                                              [--federal federal_actual_investment_by_category.csv]
                                              [--post-ira post-ira-ev-supply-chain-investments.csv]
            Without --usgs, --deposits, --cim, --federal or --post-ira: every vendored file of --data. With them: only those files, each to its
            importer (the next release of a dataset). --report: the entity resolution report (default
            target/dataset-import/resolution-report.md).""";

    private ImportDatasets() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> args) {
        String uri = "bolt://localhost:7687";
        String user = "neo4j";
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "batterygraph");
        Path data = Path.of("data/external");
        Path report = Path.of("target/dataset-import/resolution-report.md");
        boolean progress = true;
        Map<String, List<DatasetFile>> given = new HashMap<>();
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--uri" -> uri = value(args, ++i, arg);
                    case "--user" -> user = value(args, ++i, arg);
                    case "--password" -> password = value(args, ++i, arg);
                    case "--data" -> data = Path.of(value(args, ++i, arg));
                    case "--report" -> report = Path.of(value(args, ++i, arg));
                    case "--no-progress" -> progress = false;
                    case "--usgs", "--deposits", "--cim", "--federal", "--post-ira" -> {
                        var file = Path.of(value(args, ++i, arg));
                        if (!Files.isRegularFile(file)) {
                            throw new IllegalArgumentException("not a readable file: " + file);
                        }
                        given.computeIfAbsent(arg, k -> new ArrayList<>()).add(DatasetFile.of(file));
                    }
                    default -> throw new IllegalArgumentException("unexpected argument " + arg);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 1;
        }
        DatasetImport.Inputs inputs;
        if (given.isEmpty()) {
            if (!Files.isDirectory(data)) {
                System.err.println("not a directory: " + data);
                return 1;
            }
            inputs = DatasetImport.Inputs.directory(data);
        } else {
            inputs = new DatasetImport.Inputs(given.getOrDefault("--usgs", List.of()),
                    given.getOrDefault("--deposits", List.of()), given.getOrDefault("--cim", List.of()),
                    given.getOrDefault("--federal", List.of()), given.getOrDefault("--post-ira", List.of()));
        }
        var auth = user.isEmpty() ? AuthTokens.none() : AuthTokens.basic(user, password);
        try (var driver = GraphDatabase.driver(uri, auth)) {
            driver.verifyConnectivity();
            var result = new DatasetImport(driver, SessionConfig.defaultConfig(), new Shown(progress)).run(inputs);
            System.out.print(summary(result));
            if (report.getParent() != null) {
                Files.createDirectories(report.getParent());
            }
            Files.writeString(report, result.report().markdown());
            System.out.println("resolution report: " + report);
            return !given.isEmpty() && !result.refused().isEmpty() ? 4 : 0;
        } catch (ServiceUnavailableException | SessionExpiredException | AuthenticationException e) {
            System.err.println("Neo4j unreachable at " + uri + ": " + e.getMessage());
            return 2;
        } catch (Neo4jException e) {
            System.err.println("Neo4j failed: " + e.getMessage());
            return 3;
        } catch (IOException e) {
            System.err.println("cannot write the report " + report + ": " + e.getMessage());
            return 1;
        }
    }

    static String summary(DatasetImport.Result result) {
        var out = new StringBuilder("%-62s %8s %8s %8s %8s %9s %8s%n".formatted("file", "rows", "loaded", "outside",
                "rejected", "nodes+", "rels+"));
        for (var f : result.files()) {
            if (f.isRefused()) {
                out.append("%-62s REFUSED: %s%n".formatted(f.file(), f.refusal()));
            } else {
                out.append("%-62s %8d %8d %8d %8d %9d %8d%n".formatted(f.file(), f.rowsRead(), f.loaded(), f.outOfScope(),
                        f.rejected().size(), f.nodesCreated(), f.relationshipsCreated()));
            }
        }
        var report = result.report();
        out.append("%d files in %.1f s; %d refused, %d rows rejected%n".formatted(result.files().size(),
                result.took().toMillis() / 1000.0, result.refused().size(), result.rejectedRows()));
        result.files().stream().flatMap(f -> f.rejected().stream()).limit(20).forEach(p -> out.append("  ").append(p).append('\n'));
        out.append("resolution: %d matched, %d created, %d possible, %d ambiguous, %d rejected, %d duplicates%n".formatted(
                report.count(ResolutionReport.Outcome.MATCHED), report.count(ResolutionReport.Outcome.CREATED),
                report.count(ResolutionReport.Outcome.POSSIBLE), report.count(ResolutionReport.Outcome.AMBIGUOUS),
                report.count(ResolutionReport.Outcome.REJECTED), report.count(ResolutionReport.Outcome.DUPLICATE)));
        return out.toString();
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    /** Progress on stderr: a bar for long files, a line per file. */
    private static final class Shown implements ImportListener {

        private final boolean enabled;
        private Progress bar;
        private long shown;

        Shown(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public void started(String dataset, String file, long rows) {
            if (enabled && rows > 1000) {
                bar = Progress.of(true, file, rows);
                shown = 0;
            }
        }

        @Override
        public void progressed(String file, long done) {
            if (bar != null) {
                bar.step(done - shown);
                shown = done;
            }
        }

        @Override
        public void finished(FileOutcome outcome) {
            if (bar != null) {
                bar.close();
                bar = null;
            }
            if (enabled) {
                System.err.printf("%s %s: %s%n", outcome.dataset(), outcome.file(), outcome.isRefused()
                        ? "REFUSED " + outcome.refusal()
                        : "%d records loaded, %d rejected, %d ms".formatted(outcome.loaded(), outcome.rejected().size(),
                                outcome.took().toMillis()));
            }
        }
    }
}
