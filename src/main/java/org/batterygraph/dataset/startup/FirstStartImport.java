package org.batterygraph.dataset.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.batterygraph.dataset.DatasetImport;
import org.batterygraph.dataset.FileOutcome;
import org.batterygraph.dataset.ImportListener;
import org.batterygraph.dataset.ResolutionReport;
import org.batterygraph.neo4j.AfterSeed;
import org.batterygraph.neo4j.Database;
import org.batterygraph.neo4j.GraphInitializer;
import org.batterygraph.neo4j.Neo4jSettings;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * README command 1's first start imports the vendored open datasets after the seed (battery.graph.datasets:
 * IF_EMPTY when the graph lacks one of their releases, ALWAYS, NEVER): the same importers as
 * scripts/import-datasets.sh, on the files the application ships (data/external/ on its classpath). Not compiled by
 * the tools module (it is the API's CDI side of dataset/).
 */
@ApplicationScoped
public class FirstStartImport implements AfterSeed {

    private static final Logger LOG = Logger.getLogger(FirstStartImport.class);

    private final Driver driver;
    private final Database database;
    private final GraphInitializer.SeedMode datasetMode;
    private final Optional<Path> datasetReport;

    FirstStartImport(Driver driver, Database database, Neo4jSettings.Graph settings) {
        this.driver = driver;
        this.database = database;
        this.datasetMode = settings.datasets();
        this.datasetReport = settings.datasetReport();
    }

    @Override
    public void load() {
        if (datasetMode == GraphInitializer.SeedMode.NEVER) {
            return;
        }
        var datasets = new DatasetImport(driver, database.writeSession(), new ImportListener() {
            @Override
            public void finished(FileOutcome outcome) {
                if (outcome.isRefused()) {
                    LOG.warnf("Dataset file refused, nothing of it loaded: %s", outcome.refusal());
                } else if (!outcome.rejected().isEmpty()) {
                    LOG.warnf("%s: %d rows rejected, the first: %s", outcome.file(), outcome.rejected().size(),
                            outcome.rejected().get(0));
                }
            }
        });
        if (datasetMode == GraphInitializer.SeedMode.IF_EMPTY && datasets.vendoredLoaded()) {
            LOG.infof("Datasets skipped (datasets %s): the graph holds every vendored release", datasetMode);
            return;
        }
        DatasetImport.Result result;
        try {
            result = datasets.run(DatasetImport.Inputs.vendored());
        } catch (Neo4jException e) {
            throw e;
        } catch (RuntimeException e) {
            // a fault of the import must not keep the curated graph from being served; the log says what is missing
            LOG.errorf(e, "Dataset import failed: the graph holds the curated facts only (and the files imported before)");
            return;
        }
        var files = result.files();
        LOG.infof("Datasets imported: %d files (%d refused), %d records loaded, %d rows rejected, %d nodes and %d "
                + "relationships created; resolution: %d matched, %d possible, %d ambiguous; in %d ms",
                files.size(), result.refused().size(), files.stream().mapToLong(FileOutcome::loaded).sum(),
                result.rejectedRows(), files.stream().mapToLong(FileOutcome::nodesCreated).sum(),
                files.stream().mapToLong(FileOutcome::relationshipsCreated).sum(),
                result.report().count(ResolutionReport.Outcome.MATCHED), result.report().count(ResolutionReport.Outcome.POSSIBLE),
                result.report().count(ResolutionReport.Outcome.AMBIGUOUS), result.took().toMillis());
        datasetReport.ifPresent(path -> {
            try {
                if (path.getParent() != null) {
                    Files.createDirectories(path.getParent());
                }
                Files.writeString(path, result.report().markdown());
                LOG.infof("Entity resolution report: %s", path.toAbsolutePath());
            } catch (IOException e) {
                LOG.warnf("Could not write the resolution report to %s: %s", path, e.getMessage());
            }
        });
    }
}
