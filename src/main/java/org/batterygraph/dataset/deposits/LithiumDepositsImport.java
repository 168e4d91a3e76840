package org.batterygraph.dataset.deposits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.batterygraph.dataset.Claims;
import org.batterygraph.dataset.Countries;
import org.batterygraph.dataset.CsvTable;
import org.batterygraph.dataset.DatasetFile;
import org.batterygraph.dataset.DatasetSource;
import org.batterygraph.dataset.FileOutcome;
import org.batterygraph.dataset.FileRefusedException;
import org.batterygraph.dataset.ImportListener;
import org.batterygraph.dataset.RowProblem;
import org.batterygraph.dataset.RowRejected;
import org.batterygraph.dataset.Statements;
import org.batterygraph.model.Confidence;
import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.DepositStatus;
import org.batterygraph.model.DepositType;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.RelationshipType;
import org.batterygraph.model.Term;
import org.neo4j.driver.Values;

/**
 * The lithium deposits table (P. Busch et al., Critical-Minerals-EV, Parameters/Deposit.csv; docs/import.md):
 * one Deposit node per row, {@code deposit:busch-<d>}, with its country, coordinates, resource type, status,
 * reserves and resources (kt Li) and production rates (kt Li per year), each value a Record claim citing the
 * row's {@code d}. The model's cost and governance parameters of the table are not deposit facts and are not loaded.
 */
public final class LithiumDepositsImport {

    public static final String DATASET = "Critical-Minerals-EV lithium deposits";
    public static final String SOURCE_ID = "source:busch-lithium-deposits";
    static final String RELEASE = "commit 2aafd29 (2025-07-15)";

    /** The columns this importer reads; the table's other columns are model parameters and are not loaded. */
    static final List<String> REQUIRED = List.of(("d,Country,Deposit_Name,Resource_Type,Latitude,Longitude,Status,"
            + "reserve,resource_demostrated,resource_inferred,all_resource,prod_rate2022,prod_rate2023,prod_rate2025,"
            + "prod_rate2030,Resource_Type_orig").split(","));
    /** The table's country column (its name, not the graph's label). */
    private static final String COUNTRY = REQUIRED.get(1);
    /** Numeric columns and the deposit property each fills. */
    private static final Map<String, String> NUMBERS = numbers();

    private final Statements statements;
    private final ImportListener listener;

    public LithiumDepositsImport(Statements statements, ImportListener listener) {
        this.statements = statements;
        this.listener = listener;
    }

    private static Map<String, String> numbers() {
        var map = new LinkedHashMap<String, String>();
        map.put("reserve", "reservesKtLi");
        map.put("all_resource", "resourcesKtLi");
        map.put("resource_demostrated", "demonstratedResourcesKtLi");
        map.put("resource_inferred", "inferredResourcesKtLi");
        map.put("prod_rate2022", "productionRate2022");
        map.put("prod_rate2023", "productionRate2023");
        map.put("prod_rate2025", "productionRate2025");
        map.put("prod_rate2030", "productionRate2030");
        return map;
    }

    static Map<String, Object> source() {
        return new DatasetSource(SOURCE_ID, "Lithium deposits (Critical-Minerals-EV, Parameters/Deposit.csv)",
                "Critical-Minerals-EV: Parameters/Deposit.csv (lithium deposits)",
                "P. Busch et al. (github.com/pmbusch/Critical-Minerals-EV)",
                "https://github.com/pmbusch/Critical-Minerals-EV/blob/2aafd29/Parameters/Deposit.csv",
                "P. Busch et al., Critical-Minerals-EV, Parameters/Deposit.csv, commit 2aafd29 (2025-07-15); "
                        + "compiled from company reports and literature",
                "MIT (© 2024 Pablo Busch)", RELEASE, LocalDate.of(2025, 7, 15), DatePrecision.Day).row();
    }

    public FileOutcome importFile(DatasetFile file) {
        return FileOutcome.of(DATASET, file, listener, () -> {
            var rows = file.rows();
            var header = rows.isEmpty() ? List.<String>of() : rows.get(0).stripped();
            FileRefusedException.requireColumns(file.name(), "lithium deposits", REQUIRED, header);
            listener.started(DATASET, file.name(), rows.size() - 1);
            var claims = new Claims(SOURCE_ID, DATASET, RELEASE, LocalDate.of(2025, 7, 15), DatePrecision.Day, Confidence.medium);
            var nodes = new ArrayList<Map<String, Object>>();
            var propertyClaims = new ArrayList<Map<String, Object>>();
            var relationships = new ArrayList<Map<String, Object>>();
            var countries = new LinkedHashMap<String, Map<String, Object>>();
            var problems = new ArrayList<RowProblem>();
            var seen = new HashSet<String>();
            long read = 0;
            for (var row : rows.subList(1, rows.size())) {
                if (row.blank()) {
                    continue;
                }
                read++;
                try {
                    var cell = (java.util.function.Function<String, String>) c -> row.cell(header.indexOf(c)).strip();
                    var number = cell.apply("d");
                    if (!number.matches("\\d+")) {
                        throw new RowRejected("d: '" + number + "' is not a deposit number");
                    }
                    if (!seen.add(number)) {
                        throw new RowRejected("d: " + number + " appears twice");
                    }
                    var id = NodeKind.Deposit.idPrefix() + ":busch-" + number;
                    var key = file.name() + " d=" + number + " (line " + row.line() + ")";
                    var name = cell.apply("Deposit_Name");
                    if (name.isEmpty()) {
                        throw new RowRejected("Deposit_Name is empty");
                    }
                    var country = Countries.named(cell.apply(COUNTRY))
                            .orElseThrow(() -> new RowRejected("unknown country '" + cell.apply(COUNTRY) + "'"));
                    var props = new LinkedHashMap<String, Object>();
                    props.put("name", name);
                    var type = cell.apply("Resource_Type").replaceAll("[\\s-]", "");
                    props.put("resourceType", Term.of(DepositType.class, known(DepositType.class, type, "Resource_Type")).stored());
                    props.put("resourceTypeDetail", cell.apply("Resource_Type_orig"));
                    var status = cell.apply("Status");
                    if (!status.equalsIgnoreCase("No info")) {
                        props.put("status", Term.of(DepositStatus.class, known(DepositStatus.class, status, "Status")).stored());
                    }
                    double latitude = CsvTable.decimal(cell.apply("Latitude"), "Latitude");
                    double longitude = CsvTable.decimal(cell.apply("Longitude"), "Longitude");
                    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                        throw new RowRejected("Latitude/Longitude %s, %s is not a place on the Earth".formatted(latitude, longitude));
                    }
                    var stated = new LinkedHashMap<String, Object>(props);
                    for (var entry : NUMBERS.entrySet()) {
                        var text = cell.apply(entry.getKey());
                        if (!text.isEmpty() && !text.equals("NA")) {
                            props.put(entry.getValue(), CsvTable.decimal(text, entry.getKey()));
                            stated.put(entry.getValue(), text);
                        }
                    }
                    var nodeProps = new LinkedHashMap<String, Object>(props);
                    nodeProps.put("location", Values.point(4326, longitude, latitude).asObject());
                    nodes.add(Map.of("id", id, "label", NodeKind.Deposit.label(), "props", nodeProps));
                    for (var entry : stated.entrySet()) {
                        propertyClaims.add(claims.value(id, entry.getKey(), entry.getValue(), key));
                    }
                    propertyClaims.add(claims.value(id, "location", cell.apply("Latitude") + ", " + cell.apply("Longitude"), key));
                    countries.putIfAbsent(country.id(), country.asRow());
                    var located = RelationshipType.LOCATED_IN.type();
                    relationships.add(Map.of("from", id, "type", located, "to", country.id(),
                            "claim", claims.relationship(id, located, country.id(), key)));
                } catch (RowRejected e) {
                    problems.add(new RowProblem(file.name(), row.line(), e.getMessage()));
                }
                listener.progressed(file.name(), read);
            }
            var created = nodes.isEmpty() ? new Statements.Created(0, 0) : statements.inOneTransaction(List.of(
                    new Statements.Write("source", Map.of("source", source())),
                    new Statements.Write("countries", Map.of("countries", List.copyOf(countries.values()), "sourceId", SOURCE_ID)),
                    new Statements.Write("facilities", Map.of("nodes", nodes, "sourceId", SOURCE_ID)),
                    new Statements.Write("property-claims", Map.of("claims", propertyClaims, "sourceId", SOURCE_ID)),
                    new Statements.Write("relationships", Map.of("relationships", relationships, "sourceId", SOURCE_ID))));
            return new FileOutcome.Read(read, nodes.size(), 0, problems, created);
        });
    }

    /** The stored value of {@code set} the cell names, or the row is rejected listing the set. */
    private static <T extends Term> String known(Class<T> set, String cell, String column) {
        for (var term : set.getEnumConstants()) {
            if (term.stored().equalsIgnoreCase(cell)) {
                return term.stored();
            }
        }
        throw new RowRejected("%s: '%s' is not one of %s".formatted(column, cell, Term.stored(set)));
    }
}
