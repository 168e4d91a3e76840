package org.batterygraph.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.batterygraph.dataset.cim.CimImport;
import org.batterygraph.dataset.cim.FederalInvestmentImport;
import org.batterygraph.dataset.deposits.LithiumDepositsImport;
import org.batterygraph.dataset.postira.PostIraImport;
import org.batterygraph.dataset.usgs.UsgsMcsImport;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * The open-dataset import (docs/import.md, "Open datasets"): the USGS tables, then the lithium deposits, then the
 * Clean Investment Monitor (resolved against the curated graph) and its federal investment by category, then the Post-IRA investments (resolved against
 * the curated and the CIM's facilities), each file in one transaction, refused as a whole
 * when its header is not its table's. Run by scripts/import-datasets.sh (the tools module's command) and by the
 * API's first start (neo4j/GraphInitializer) on the vendored files.
 */
public final class DatasetImport {

    /** The files to import, per importer. */
    public record Inputs(List<DatasetFile> usgs, List<DatasetFile> deposits, List<DatasetFile> cim,
            List<DatasetFile> federal, List<DatasetFile> postIra) {

        public Inputs {
            usgs = List.copyOf(usgs);
            deposits = List.copyOf(deposits);
            cim = List.copyOf(cim);
            federal = List.copyOf(federal);
            postIra = List.copyOf(postIra);
        }

        /** The vendored files of data/external/ as the API ships them on its classpath. */
        public static Inputs vendored() {
            var usgs = new ArrayList<DatasetFile>();
            for (int edition : VENDORED_EDITIONS) {
                for (var commodity : COMMODITIES) {
                    for (var table : List.of("world", "salient")) {
                        usgs.add(DatasetFile.resource("data/external/usgs-mcs/%d/mcs%d-%s_%s.csv"
                                .formatted(edition, edition, commodity, table)));
                    }
                }
            }
            return new Inputs(usgs, List.of(DatasetFile.resource("data/external/lithium-deposits/Deposit.csv")),
                    List.of(DatasetFile.resource("data/external/cim-2024q4/" + CIM_FILE)),
                    List.of(DatasetFile.resource("data/external/cim-2024q4/" + FEDERAL_FILE)),
                    List.of(DatasetFile.resource("data/external/post-ira-investments/" + POST_IRA_FILE)));
        }

        /** The same files from a data/external directory on disk. */
        public static Inputs directory(Path external) {
            try (Stream<Path> files = Files.walk(external.resolve("usgs-mcs"))) {
                var usgs = files.filter(p -> p.getFileName().toString().matches("mcs\\d{4}-[a-z]{5}_(world|salient)\\.csv"))
                        .sorted().map(DatasetFile::of).toList();
                return new Inputs(usgs, List.of(DatasetFile.of(external.resolve("lithium-deposits/Deposit.csv"))),
                        List.of(DatasetFile.of(external.resolve("cim-2024q4/" + CIM_FILE))),
                        List.of(DatasetFile.of(external.resolve("cim-2024q4/" + FEDERAL_FILE))),
                        List.of(DatasetFile.of(external.resolve("post-ira-investments/" + POST_IRA_FILE))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public record Result(List<FileOutcome> files, ResolutionReport report, Duration took) {

        public Result {
            files = List.copyOf(files);
        }

        public long rejectedRows() {
            return files.stream().mapToLong(f -> f.rejected().size()).sum();
        }

        public List<FileOutcome> refused() {
            return files.stream().filter(FileOutcome::isRefused).toList();
        }
    }

    static final List<Integer> VENDORED_EDITIONS = List.of(2022, 2023, 2024);
    static final List<String> COMMODITIES = List.of("cobal", "graph", "lithi", "manga", "nicke");
    static final String CIM_FILE = "manufacturing_energy_and_industry_facility_metadata.csv";
    static final String FEDERAL_FILE = "federal_actual_investment_by_category.csv";
    static final String POST_IRA_FILE = "post-ira-ev-supply-chain-investments.csv";

    private final Statements statements;
    private final ImportListener listener;

    public DatasetImport(Driver driver, SessionConfig session, ImportListener listener) {
        this.statements = new Statements(driver, session);
        this.listener = listener;
    }

    public Result run(Inputs inputs) {
        long start = System.nanoTime();
        var outcomes = new ArrayList<FileOutcome>();
        var report = new ResolutionReport();
        var usgs = new UsgsMcsImport(statements, listener);
        inputs.usgs().forEach(f -> outcomes.add(usgs.importFile(f)));
        var deposits = new LithiumDepositsImport(statements, listener);
        inputs.deposits().forEach(f -> outcomes.add(deposits.importFile(f)));
        var cim = new CimImport(statements, listener, report);
        inputs.cim().forEach(f -> outcomes.add(cim.importFile(f)));
        var federal = new FederalInvestmentImport(statements, listener);
        inputs.federal().forEach(f -> outcomes.add(federal.importFile(f)));
        // after the CIM: its rows are resolved against the CIM's facilities too
        var postIra = new PostIraImport(statements, listener, report);
        inputs.postIra().forEach(f -> outcomes.add(postIra.importFile(f)));
        report.conflicts(conflicts());
        return new Result(outcomes, report, Duration.ofNanos(System.nanoTime() - start));
    }

    @SuppressWarnings("unchecked")
    private List<ResolutionReport.Conflict> conflicts() {
        var found = new ArrayList<ResolutionReport.Conflict>();
        for (var c : (List<java.util.Map<String, Object>>) statements.readOne("dataset-conflicts", java.util.Map.of()).get("conflicts")) {
            found.add(new ResolutionReport.Conflict((String) c.get("kind"), (String) c.get("subject"), (String) c.get("claim"),
                    (String) c.get("counterClaim"), (String) c.get("reason"), (String) c.get("recordKey")));
        }
        return found;
    }

    /** Whether the graph already holds every vendored release (the first start imports only when it does not). */
    public boolean vendoredLoaded() {
        var ids = new ArrayList<String>();
        VENDORED_EDITIONS.forEach(e -> ids.add(UsgsMcsImport.sourceId(e)));
        ids.add(LithiumDepositsImport.SOURCE_ID);
        ids.add(CimImport.sourceId(VENDORED_CIM_RELEASE));
        ids.add(PostIraImport.SOURCE_ID);
        var found = statements.readOne("sources-present", java.util.Map.of("ids", ids));
        return ((Number) found.get("present")).longValue() == ids.size();
    }

    static final String VENDORED_CIM_RELEASE = "2024_Q4.20250218.0";
}
