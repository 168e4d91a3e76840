package org.batterygraph.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.batterygraph.neo4j.CypherScript;
import org.neo4j.driver.Driver;

/**
 * Loads an import directory into Neo4j: cypher/schema.cypher first (so every MERGE finds its uniqueness
 * constraint), then every node file, then every relationship file (their endpoints exist by then).
 */
public final class BulkImporter {

    static final int REJECTIONS_SHOWN = 20;
    private static final String SCHEMA = "cypher/schema.cypher";

    private final Driver driver;
    private final int batchSize;
    private final boolean progress;
    private final Path metricsFile;

    public BulkImporter(Driver driver, int batchSize, boolean progress) {
        this(driver, batchSize, progress, null);
    }

    /** With {@code metricsFile}, progress is also written there as Prometheus metrics ({@link ImportMetrics}). */
    public BulkImporter(Driver driver, int batchSize, boolean progress, Path metricsFile) {
        this.driver = driver;
        this.batchSize = batchSize;
        this.progress = progress;
        this.metricsFile = metricsFile;
    }

    public ImportReport run(Path dir, Path rejectsPath) throws IOException {
        applySchema();
        List<Path> paths;
        try (Stream<Path> listing = Files.list(dir)) {
            paths = listing.filter(Files::isRegularFile).sorted().toList();
        }
        var ignored = new ArrayList<String>();
        var nodeFiles = new ArrayList<ImportFile>();
        var relationshipFiles = new ArrayList<ImportFile>();
        for (Path path : paths) {
            var file = ImportFile.of(path);
            if (file.isEmpty()) {
                if (!path.equals(rejectsPath)) {
                    ignored.add(path.getFileName().toString());
                }
            } else if (file.get().kind() == ImportFile.Kind.NODES) {
                nodeFiles.add(file.get());
            } else {
                relationshipFiles.add(file.get());
            }
        }
        var reports = new ArrayList<FileReport>();
        try (var rejects = new RejectsFile(rejectsPath, REJECTIONS_SHOWN)) {
            var metrics = ImportMetrics.to(metricsFile);
            var fileImport = new FileImport(driver, batchSize, progress, rejects, metrics);
            long start = System.nanoTime();
            for (var file : nodeFiles) {
                var schema = Vocabulary.node(file.name());
                reports.add(schema.isPresent() ? fileImport.run(file, new NodeTarget(schema.get()))
                        : FileImport.refuse(file, "nodes", new String[0],
                                "unknown label '%s'; known: %s".formatted(file.name(), Vocabulary.labels()), rejects));
            }
            long middle = System.nanoTime();
            for (var file : relationshipFiles) {
                var schema = Vocabulary.relationship(file.name());
                reports.add(schema.isPresent() ? fileImport.run(file, new RelationshipTarget(schema.get()))
                        : FileImport.refuse(file, "relationships", new String[0],
                                "unknown relationship type '%s'; known: %s".formatted(file.name(), Vocabulary.types()),
                                rejects));
            }
            long end = System.nanoTime();
            metrics.done();
            return new ImportReport(reports, rejects.first(), rejects.count(), rejectsPath, ignored,
                    Duration.ofNanos(middle - start), Duration.ofNanos(end - middle));
        }
    }

    /** Constraints and indexes, IF NOT EXISTS; waits until they are online so MERGE can use them. */
    private void applySchema() {
        for (String statement : CypherScript.fromClasspath(SCHEMA).statements()) {
            driver.executableQuery(statement).execute();
        }
        driver.executableQuery("CALL db.awaitIndexes(600)").execute();
    }
}
