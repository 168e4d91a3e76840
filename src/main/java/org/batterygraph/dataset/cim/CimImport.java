package org.batterygraph.dataset.cim;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.batterygraph.dataset.Claims;
import org.batterygraph.dataset.Names;
import org.batterygraph.dataset.UsStates;
import org.batterygraph.dataset.CsvTable;
import org.batterygraph.dataset.DatasetFile;
import org.batterygraph.dataset.DatasetSource;
import org.batterygraph.dataset.FileOutcome;
import org.batterygraph.dataset.FileRefusedException;
import org.batterygraph.dataset.ImportListener;
import org.batterygraph.dataset.ResolutionReport;
import org.batterygraph.dataset.ResolutionReport.Candidate;
import org.batterygraph.dataset.ResolutionReport.Outcome;
import org.batterygraph.dataset.RowProblem;
import org.batterygraph.dataset.RowRejected;
import org.batterygraph.dataset.Statements;
import org.batterygraph.model.Confidence;
import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.FacilityStatus;
import org.batterygraph.model.FacilityType;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.RelationshipType;
import org.neo4j.driver.Values;

/**
 * The Clean Investment Monitor's facility metadata (docs/import.md, "Clean Investment Monitor"): its battery and
 * critical-mineral manufacturing rows ({@code Segment=Manufacturing}, {@code Technology} Batteries or Critical
 * Minerals) become facilities, their companies organizations, their states subdivisions; each row is first resolved
 * against the curated graph (Resolution) and every value is a Record claim citing the release and the row's
 * {@code unique_id}. The release comes from the file's version line, so the next release is another Source and its
 * claims stand beside this one's.
 */
public final class CimImport {

    public static final String DATASET = "Clean Investment Monitor";
    /** Who records the conflicts the import finds (recordedBy on CONFLICTS_WITH; an API write records its user). */
    static final String IMPORTER = "import:cim";

    static final List<String> REQUIRED = List.of("unique_id", "Segment", "Company", "Technology", "Subcategory",
            "Project_Type", "Current_Facility_Status", "Estimated_Total_Facility_CAPEX", "Announcement_Date", "State",
            "Address", "Latitude", "Longitude", "LatLon_Valid");
    private static final Set<String> TECHNOLOGIES = Set.of("Batteries", "Critical Minerals");
    private static final Map<String, String> PRODUCTS = Map.of("lithium hydroxide", "material:lithium-hydroxide",
            "lithium carbonate", "material:lithium-carbonate", "nickel", "material:refined-nickel",
            "cells", "material:battery-cells", "modules", "material:battery-modules");

    private final Statements statements;
    private final ImportListener listener;
    private final ResolutionReport report;

    public CimImport(Statements statements, ImportListener listener, ResolutionReport report) {
        this.statements = statements;
        this.listener = listener;
        this.report = report;
    }

    public static String sourceId(String release) {
        return "source:cim-" + release.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    /**
     * What a CIM download (facility metadata, federal investment) has before its header row: a title line and a
     * "version:" line naming the release. {@code headerAt} is the header row's index (-1: no row starts with the
     * header's first column), {@code release} null when no version line comes before the header.
     */
    record Preamble(int headerAt, String release) {

        private static final Pattern VERSION_DATE = Pattern.compile("\\.(\\d{4})(\\d{2})(\\d{2})\\.");

        static Preamble of(List<CsvTable.Row> rows, String firstColumn) {
            int headerAt = -1;
            String release = null;
            for (int i = 0; i < rows.size() && headerAt < 0; i++) {
                var first = rows.get(i).cell(0).strip();
                if (first.equals("version:")) {
                    release = rows.get(i).cell(1).strip();
                } else if (first.equals(firstColumn)) {
                    headerAt = i;
                }
            }
            return new Preamble(headerAt, release);
        }

        /** The release, or the file is refused: its claims cite the release. */
        String knownRelease(String file) {
            if (release == null) {
                throw new FileRefusedException(file + ": no 'version:' line before the header: the release is not known");
            }
            return release;
        }

        /** The date a release's name holds (2024_Q4.20250218.0: 2025-02-18), or null. */
        static LocalDate published(String release) {
            var versionDate = VERSION_DATE.matcher(release);
            return versionDate.find() ? LocalDate.of(Integer.parseInt(versionDate.group(1)),
                    Integer.parseInt(versionDate.group(2)), Integer.parseInt(versionDate.group(3))) : null;
        }
    }

    /** A row in scope, checked: everything the import writes of it. */
    record Row(String key, String uniqueId, List<String> companies, FacilityType type, String subcategory,
            FacilityStatus status, Double capex, LocalDate announced, String state, String address, String city,
            Double latitude, Double longitude, String projectType, Set<String> products, Map<String, Object> stated) {
    }

    public FileOutcome importFile(DatasetFile file) {
        return FileOutcome.of(DATASET, file, listener, () -> {
            var rows = file.rows();
            var preamble = Preamble.of(rows, REQUIRED.get(0));
            int headerAt = preamble.headerAt();
            if (headerAt < 0) {
                throw new FileRefusedException("%s is not a Clean Investment Monitor facility table: expected a header "
                        .formatted(file.name()) + "row with the columns " + String.join(", ", REQUIRED)
                        + " (after the title and version lines); found none starting with unique_id; first line: "
                        + (rows.isEmpty() ? "(empty)" : String.join(", ", rows.get(0).cells())));
            }
            var header = rows.get(headerAt).stripped();
            FileRefusedException.requireColumns(file.name(), "Clean Investment Monitor facility", REQUIRED, header);
            var release = preamble.knownRelease(file.name());
            var data = rows.subList(headerAt + 1, rows.size());
            listener.started(DATASET, file.name(), data.size());
            var asserted = Preamble.published(release);
            var sourceId = sourceId(release);
            var claims = new Claims(sourceId, DATASET, release, asserted, DatePrecision.Day, Confidence.medium);

            var problems = new ArrayList<RowProblem>();
            var inScope = new ArrayList<Row>();
            var seen = new HashSet<String>();
            long read = 0;
            long outOfScope = 0;
            for (var csv : data) {
                if (csv.blank()) {
                    continue;
                }
                read++;
                var cell = (java.util.function.Function<String, String>) c -> csv.cell(header.indexOf(c)).strip();
                if (!cell.apply("Segment").equals("Manufacturing") || !TECHNOLOGIES.contains(cell.apply("Technology"))) {
                    outOfScope++;
                } else {
                    try {
                        var row = row(file, csv, cell);
                        if (!seen.add(row.uniqueId())) {
                            throw new RowRejected("unique_id " + row.uniqueId() + " appears twice");
                        }
                        inScope.add(row);
                    } catch (RowRejected e) {
                        problems.add(new RowProblem(file.name(), csv.line(), e.getMessage()));
                        report.add(new ResolutionReport.Entry(DATASET, file.name() + " line " + csv.line(), "facility",
                                Outcome.REJECTED, null, null, List.of(), e.getMessage()));
                    }
                }
                if (read % 1000 == 0) {
                    listener.progressed(file.name(), read);
                }
            }
            listener.progressed(file.name(), read);

            var curated = Curated.from(statements.readOne("curated-facilities", Map.of("datasetSources", List.of(sourceId))));
            var writes = writes(inScope, curated, claims, sourceId, release, asserted);
            var created = inScope.isEmpty() ? new Statements.Created(0, 0) : statements.inOneTransaction(writes);
            return new FileOutcome.Read(read, inScope.size(), outOfScope, problems, created);
        });
    }

    private static Row row(DatasetFile file, CsvTable.Row csv, java.util.function.Function<String, String> cell) {
        var uniqueId = cell.apply("unique_id");
        if (uniqueId.isEmpty()) {
            throw new RowRejected("unique_id is empty");
        }
        var key = file.name() + " unique_id=" + uniqueId + " (line " + csv.line() + ")";
        var companies = Names.companies(cell.apply("Company"));
        if (companies.isEmpty()) {
            throw new RowRejected("Company is empty");
        }
        var subcategory = cell.apply("Subcategory");
        var type = type(cell.apply("Technology"), subcategory);
        var status = switch (cell.apply("Current_Facility_Status")) {
            case "Announced" -> FacilityStatus.Announced;
            case "Under Construction" -> FacilityStatus.UnderConstruction;
            case "Operating" -> FacilityStatus.Operational;
            case "Canceled prior to operation", "Canceled" -> FacilityStatus.Cancelled;
            case "Retired" -> FacilityStatus.Retired;
            default -> throw new RowRejected("Current_Facility_Status: '%s' is not Announced, Under Construction, "
                    .formatted(cell.apply("Current_Facility_Status")) + "Operating, Canceled prior to operation or Retired");
        };
        var capexText = cell.apply("Estimated_Total_Facility_CAPEX");
        Double capex = capexText.isEmpty() ? null : CsvTable.decimal(capexText, "Estimated_Total_Facility_CAPEX");
        LocalDate announced = null;
        var dateText = cell.apply("Announcement_Date");
        if (!dateText.isEmpty()) {
            try {
                announced = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                throw new RowRejected("Announcement_Date: '" + dateText + "' is not a date (yyyy-MM-dd)");
            }
        }
        var state = cell.apply("State");
        if (UsStates.name(state).isEmpty()) {
            throw new RowRejected("State: '" + state + "' is not a US state code");
        }
        var address = cell.apply("Address");
        Double latitude = null;
        Double longitude = null;
        var valid = cell.apply("LatLon_Valid");
        if (valid.equals("True")) {
            latitude = CsvTable.decimal(cell.apply("Latitude"), "Latitude");
            longitude = CsvTable.decimal(cell.apply("Longitude"), "Longitude");
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                throw new RowRejected("Latitude/Longitude %s, %s is not a place on the Earth".formatted(latitude, longitude));
            }
        } else if (!valid.equals("False")) {
            throw new RowRejected("LatLon_Valid: '" + valid + "' is not True or False");
        }
        var projectType = cell.apply("Project_Type");
        var products = new LinkedHashSet<String>();
        for (var part : subcategory.split(",")) {
            var product = PRODUCTS.get(part.strip().toLowerCase());
            if (product != null) {
                products.add(product);
            }
        }
        var stated = new LinkedHashMap<String, Object>();
        stated.put("type", type.stored());
        stated.put("status", status.stored());
        stated.put("subcategory", subcategory);
        if (!projectType.isEmpty()) {
            stated.put("projectType", projectType);
        }
        if (capex != null) {
            stated.put("capexMusd2023", capexText);
        }
        if (announced != null) {
            stated.put("announced", dateText);
        }
        if (!address.isEmpty()) {
            stated.put("address", address);
        }
        var city = city(address, state);
        if (city != null) {
            stated.put("city", city);
        }
        if (latitude != null) {
            stated.put("location", cell.apply("Latitude") + ", " + cell.apply("Longitude"));
        }
        return new Row(key, uniqueId, companies, type, subcategory, status, capex, announced, state, address, city,
                latitude, longitude, projectType, products, stated);
    }

    /** The facility type a row's technology and subcategory mean (docs/import.md has the table). */
    static FacilityType type(String technology, String subcategory) {
        var parts = new HashSet<String>();
        for (var part : subcategory.split(",")) {
            parts.add(part.strip());
        }
        if (technology.equals("Critical Minerals")) {
            return FacilityType.Refinery;
        }
        if (parts.contains("Cells")) {
            return FacilityType.CellGigafactory;
        }
        if (parts.contains("EAM")) {
            return FacilityType.ElectrodeMaterials;
        }
        if (parts.contains("AAM")) {
            return FacilityType.Anode;
        }
        if (parts.contains("Modules")) {
            return FacilityType.ModuleAssembly;
        }
        throw new RowRejected("Subcategory: '" + subcategory + "' has no facility type (Cells, Modules, EAM, AAM)");
    }

    /** The city of an address: the part before the one holding the state code ("..., Warren, OH 44481": Warren). */
    static String city(String address, String state) {
        var parts = address.split(",");
        for (int i = 1; i < parts.length; i++) {
            var part = parts[i].strip();
            if (part.equals(state) || part.startsWith(state + " ")) {
                var city = parts[i - 1].strip();
                return city.isEmpty() || city.matches(".*\\d.*") ? null : city;
            }
        }
        return null;
    }

    private List<Statements.Write> writes(List<Row> rows, Curated curated, Claims claims, String sourceId,
            String release, LocalDate asserted) {
        // organizations first: a row's operators are candidates' operators when they match a curated organization
        var organizations = new LinkedHashMap<String, Map<String, Object>>();
        var organizationOf = new HashMap<String, String>();
        var curatedIds = new HashSet<String>();
        curated.organizationsByName().values().forEach(o -> curatedIds.add(o.id()));
        for (var row : rows) {
            for (var company : row.companies()) {
                var normalized = Names.normalized(company);
                if (organizationOf.containsKey(company)) {
                    continue;
                }
                var match = curated.organizationsByName().get(normalized);
                String id;
                if (match != null) {
                    id = match.id();
                    report.add(new ResolutionReport.Entry(DATASET, row.key(), "organization", Outcome.MATCHED, id,
                            match.name(), List.of(new Candidate(id, match.name(), 1.0, "normalized name or alias '" + normalized + "'")),
                            "'" + company + "'"));
                } else {
                    id = NodeKind.Organization.idPrefix() + ":" + Names.slug(company);
                    var existing = organizations.get(id);
                    if (existing == null) {
                        var aliases = new ArrayList<String>();
                        var display = Names.display(company);
                        if (!display.equals(company)) {
                            aliases.add(company);
                        }
                        organizations.put(id, new LinkedHashMap<>(Map.of("id", id, "name", display, "aliases", aliases)));
                        report.add(new ResolutionReport.Entry(DATASET, row.key(), "organization",
                                curatedIds.contains(id) ? Outcome.MATCHED : Outcome.CREATED, id, display, List.of(),
                                curatedIds.contains(id) ? "same id as a curated organization" : "'" + company + "'"));
                    } else {
                        @SuppressWarnings("unchecked")
                        var aliases = (List<String>) existing.get("aliases");
                        if (!company.equals(existing.get("name")) && !aliases.contains(company)) {
                            aliases.add(company);
                        }
                    }
                }
                organizationOf.put(company, id);
            }
        }
        var decisions = Resolution.resolve(rows, curated, organizationOf);

        var subdivisions = new LinkedHashMap<String, Map<String, Object>>();
        var nodes = new ArrayList<Map<String, Object>>();
        var propertyClaims = new ArrayList<Map<String, Object>>();
        var relationships = new ArrayList<Map<String, Object>>();
        var links = new ArrayList<Map<String, Object>>();
        var curatedById = new HashMap<String, Curated.Facility>();
        curated.facilities().forEach(f -> curatedById.put(f.id(), f));
        for (var row : rows) {
            var decision = decisions.get(row.uniqueId());
            var id = decision.matched() != null ? decision.matched().id()
                    : NodeKind.Facility.idPrefix() + ":cim-" + row.uniqueId().toLowerCase().replaceAll("[^a-z0-9]+", "-");
            var name = decision.matched() != null ? curatedById.get(id).name()
                    : Names.display(String.join(", ", row.companies())) + " (" + row.subcategory() + "), "
                            + (row.city() == null ? "" : row.city() + ", ") + row.state();
            var props = new LinkedHashMap<String, Object>();
            props.put("name", name);
            props.put("type", row.type().stored());
            props.put("status", row.status().stored());
            props.put("subcategory", row.subcategory());
            if (!row.projectType().isEmpty()) {
                props.put("projectType", row.projectType());
            }
            if (row.capex() != null) {
                props.put("capexMusd2023", row.capex());
            }
            if (row.announced() != null) {
                props.put("announced", row.announced());
                props.put("announcedPrecision", DatePrecision.Day.stored());
            }
            if (!row.address().isEmpty()) {
                props.put("address", row.address());
            }
            if (row.city() != null) {
                props.put("city", row.city());
            }
            if (row.latitude() != null) {
                props.put("location", Values.point(4326, row.longitude(), row.latitude()).asObject());
            }
            if (decision.matched() != null) {
                // a curated node keeps its values: only what it does not have yet is set; the row's values are claims
                var has = curatedById.get(id).properties();
                props.keySet().removeIf(has::contains);
                // nor its city: resolution compares the curated city, and must not see this row's on the next run
                props.remove("city");
            }
            nodes.add(Map.of("id", id, "label", NodeKind.Facility.label(), "props", props));
            for (var stated : row.stated().entrySet()) {
                propertyClaims.add(claims.value(id, stated.getKey(), stated.getValue(), row.key()));
            }
            var subdivision = NodeKind.Subdivision.idPrefix() + ":US-" + row.state();
            if (!curated.places().contains(subdivision)) {
                subdivisions.putIfAbsent(subdivision, Map.of("id", subdivision, "name", UsStates.name(row.state()).orElseThrow(),
                        "code", "US-" + row.state(), "country", "country:US"));
            }
            var located = RelationshipType.LOCATED_IN.type();
            relationships.add(Map.of("from", id, "type", located, "to", subdivision,
                    "claim", claims.relationship(id, located, subdivision, row.key())));
            var operates = RelationshipType.OPERATES.type();
            for (var company : new LinkedHashSet<>(row.companies())) {
                var org = organizationOf.get(company);
                relationships.add(Map.of("from", org, "type", operates, "to", id,
                        "claim", claims.relationship(org, operates, id, row.key())));
            }
            links.addAll(decision.links(id));
            report.add(decision.entry(DATASET, row.key(), id, name));
        }
        var source = source(release, asserted, sourceId);
        var writes = new ArrayList<>(List.of(
                new Statements.Write("source", Map.of("source", source)),
                new Statements.Write("subdivisions", Map.of("subdivisions", List.copyOf(subdivisions.values()), "sourceId", sourceId)),
                new Statements.Write("organizations", Map.of("organizations", List.copyOf(organizations.values()), "sourceId", sourceId)),
                new Statements.Write("facilities", Map.of("nodes", nodes, "sourceId", sourceId)),
                new Statements.Write("property-claims", Map.of("claims", propertyClaims, "sourceId", sourceId)),
                new Statements.Write("relationships", Map.of("relationships", relationships, "sourceId", sourceId)),
                new Statements.Write("possibly-same-as", Map.of("links", links, "sourceId", sourceId))));
        writes.addAll(Statements.conflicts(IMPORTER, propertyClaims, relationships));
        return writes;
    }

    static Map<String, Object> source(String release, LocalDate published, String sourceId) {
        var title = "Clean Investment Monitor: manufacturing, industrial, and energy facility metadata, release " + release;
        return new DatasetSource(sourceId, title, title,
                "Rhodium Group and MIT Center for Energy and Environmental Policy Research (CEEPR)",
                "https://www.cleaninvestmentmonitor.org/",
                "Clean Investment Monitor, Rhodium Group & MIT CEEPR, data download release " + release,
                "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)", release, published, DatePrecision.Day).row();
    }

    static Comparator<Row> precedence() {
        return Comparator.comparing((Row r) -> !r.projectType().equals("New"))
                .thenComparing(r -> r.announced() == null ? LocalDate.MAX : r.announced())
                .thenComparing(Row::uniqueId);
    }
}
