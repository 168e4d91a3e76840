package org.batterygraph.bulk;

import java.nio.file.Path;
import java.util.List;

/** The command line of scripts/bulk-import.sh. An empty user means no authentication (e.g. the test harness). */
record ImportOptions(String uri, String user, String password, int batchSize, Path dir, Path rejects,
        boolean progress, Path metrics) {

    static final String USAGE = """
            usage: scripts/bulk-import.sh [--uri bolt://localhost:7687] [--user neo4j] [--password batterygraph]
                                          [--batch 10000] [--rejects DIR/rejected.csv] [--no-progress]
                                          [--metrics FILE.prom] DIR
            DIR holds nodes-<Label>.csv and rels-<TYPE>.csv files (docs/import.md); --metrics writes the progress
            as Prometheus metrics for node_exporter's textfile collector (docs/operations.md).""";

    static ImportOptions parse(List<String> args) {
        String uri = "bolt://localhost:7687";
        String user = "neo4j";
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "batterygraph");
        int batch = 10_000;
        Path rejects = null;
        Path metrics = null;
        boolean progress = true;
        Path dir = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--uri" -> uri = value(args, ++i, arg);
                case "--user" -> user = value(args, ++i, arg);
                case "--password" -> password = value(args, ++i, arg);
                case "--batch" -> batch = positive(value(args, ++i, arg));
                case "--rejects" -> rejects = Path.of(value(args, ++i, arg));
                case "--no-progress" -> progress = false;
                case "--metrics" -> metrics = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--") || dir != null) {
                        throw new IllegalArgumentException("unexpected argument " + arg);
                    }
                    dir = Path.of(arg);
                }
            }
        }
        if (dir == null) {
            throw new IllegalArgumentException("DIR is missing");
        }
        return new ImportOptions(uri, user, password, batch, dir, rejects == null ? dir.resolve("rejected.csv") : rejects,
                progress, metrics);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int positive(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("--batch must be a positive whole number, was " + value);
    }
}
