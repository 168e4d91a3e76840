package org.batterygraph.dataset.postira;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.batterygraph.dataset.Claims;
import org.batterygraph.dataset.Countries;
import org.batterygraph.dataset.CsvTable;
import org.batterygraph.dataset.DatasetFile;
import org.batterygraph.dataset.DatasetSource;
import org.batterygraph.dataset.FileOutcome;
import org.batterygraph.dataset.FileRefusedException;
import org.batterygraph.dataset.ImportListener;
import org.batterygraph.dataset.Names;
import org.batterygraph.dataset.ResolutionReport;
import org.batterygraph.dataset.ResolutionReport.Candidate;
import org.batterygraph.dataset.ResolutionReport.Outcome;
import org.batterygraph.dataset.RowProblem;
import org.batterygraph.dataset.RowRejected;
import org.batterygraph.dataset.Statements;
import org.batterygraph.dataset.UsStates;
import org.batterygraph.model.Confidence;
import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.FacilityType;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.RelationshipType;
import org.batterygraph.model.SourceKind;
import org.neo4j.driver.Values;

/**
 * The North American EV supply-chain investments before and after the Inflation Reduction Act (A. Cheng et al.,
 * NA-EV-Battery-Supply-Chain-Mapping, table S9; docs/import.md, "Post-IRA investments"): its {@code Batteries} rows
 * are per company and site the reported investment ($M), jobs, product, place and pre/post-IRA timeline. Each row
 * is resolved against the facilities of the other sources (PostIraResolution): matched, its values are claims on
 * that facility; otherwise it is a facility of its own. Its companies are organizations (several in one cell are
 * several), its source URLs (Notes) Web sources its claims cite. A row repeating an earlier row cell for cell is
 * loaded once and reported as a duplicate. Every value is a Record claim citing the commit and the row's line.
 */
public final class PostIraImport {

    public static final String DATASET = "Post-IRA EV supply-chain investments";
    public static final String SOURCE_ID = "source:post-ira-investments";
    /** Who records the conflicts the import finds (recordedBy on CONFLICTS_WITH, as CimImport's). */
    static final String IMPORTER = "import:post-ira";
    static final String RELEASE = "commit 3a331aa (2024-09-27)";
    static final LocalDate PUBLISHED = LocalDate.of(2024, 9, 27);
    static final String TECHNOLOGY = "Batteries";
    static final double ROUNDED_DEG = 0.1;

    static final List<String> REQUIRED = List.of("technology", "company_name", "product", "reported_investment",
            "by_amount", "reported_jobs", "by_jobs", "city", "state", "country", "latitude", "longitude", "timeline",
            "Notes");
    private static final Map<String, Boolean> TIMELINES = Map.of("Pre-Inflation Reduction Act", false,
            "Post-Inflation Reduction Act", true);
    /** The subdivisions outside the US the file names (ISO 3166-2), so that a new one is noticed, not guessed. */
    private static final Map<String, String[]> ABROAD = Map.of(
            "ontario", new String[] {"CA-ON", "Ontario", "Province"},
            "quebec", new String[] {"CA-QC", "Quebec", "Province"},
            "british columbia", new String[] {"CA-BC", "British Columbia", "Province"},
            "alberta", new String[] {"CA-AB", "Alberta", "Province"},
            "nuevo leon", new String[] {"MX-NLE", "Nuevo León", "State"},
            "puebla", new String[] {"MX-PUE", "Puebla", "State"});
    private static final Pattern URL = Pattern.compile("https?://[^\\s;,]+");
    private static final Map<String, FacilityType> SINGLE_TYPE = Map.of("Cells", FacilityType.CellGigafactory,
            "Packs", FacilityType.ModuleAssembly, "Recycling", FacilityType.Recycling,
            "Minerals Extraction", FacilityType.Mine);

    private final Statements statements;
    private final ImportListener listener;
    private final ResolutionReport report;

    public PostIraImport(Statements statements, ImportListener listener, ResolutionReport report) {
        this.statements = statements;
        this.listener = listener;
        this.report = report;
    }

    /** A row in scope, checked. {@code stateCode} is ISO 3166-2 (US-TN, CA-QC), null for TBD. */
    record Row(String key, long line, String digest, List<String> companies, String product, List<String> products,
            Long investmentUsd, String investmentBand, Integer jobs, String jobsBand, String city, String state,
            String stateCode, String[] abroad, Countries.Country country, Double latitude, Double longitude,
            String timeline, boolean postIra, List<String> urls, Map<String, Object> stated) {
    }

    public FileOutcome importFile(DatasetFile file) {
        return FileOutcome.of(DATASET, file, listener, () -> {
            var rows = file.rows();
            var header = rows.isEmpty() ? List.<String>of() : rows.get(0).stripped();
            FileRefusedException.requireColumns(file.name(), "Post-IRA investments", REQUIRED, header);
            var data = rows.subList(1, rows.size());
            listener.started(DATASET, file.name(), data.size());
            var claims = new Claims(SOURCE_ID, DATASET, RELEASE, PUBLISHED, DatePrecision.Day, Confidence.medium);
            var problems = new ArrayList<RowProblem>();
            var inScope = new ArrayList<Row>();
            var byDigest = new HashMap<String, Row>();
            long read = 0;
            long outOfScope = 0;
            for (var csv : data) {
                if (csv.blank()) {
                    continue;
                }
                read++;
                Function<String, String> cell = c -> csv.cell(header.indexOf(c)).strip();
                if (!cell.apply("technology").equals(TECHNOLOGY)) {
                    outOfScope++;
                    continue;
                }
                try {
                    var row = row(file, csv, cell);
                    var earlier = byDigest.putIfAbsent(row.digest(), row);
                    if (earlier != null) {
                        report.add(new ResolutionReport.Entry(DATASET, row.key(), "facility", Outcome.DUPLICATE, null, null,
                                List.of(), "the same cells as line " + earlier.line() + ": loaded once, from that line"));
                    } else {
                        inScope.add(row);
                    }
                } catch (RowRejected e) {
                    problems.add(new RowProblem(file.name(), csv.line(), e.getMessage()));
                    report.add(new ResolutionReport.Entry(DATASET, file.name() + " line " + csv.line(), "facility",
                            Outcome.REJECTED, null, null, List.of(), e.getMessage()));
                }
                listener.progressed(file.name(), read);
            }
            var candidates = statements.readOne("post-ira-candidates", Map.of("sourceId", SOURCE_ID));
            var writes = writes(inScope, candidates, claims);
            var created = inScope.isEmpty() ? new Statements.Created(0, 0) : statements.inOneTransaction(writes);
            return new FileOutcome.Read(read, inScope.size(), outOfScope, problems, created);
        });
    }

    private static Row row(DatasetFile file, CsvTable.Row csv, Function<String, String> cell) {
        var key = file.name() + " line " + csv.line();
        var companies = Names.companies(cell.apply("company_name"));
        if (companies.isEmpty()) {
            throw new RowRejected("company_name is empty");
        }
        var product = cell.apply("product");
        var products = new ArrayList<String>();
        for (var part : product.split(";")) {
            var text = part.strip();
            if (!text.startsWith(TECHNOLOGY + ":")) {
                throw new RowRejected("product: '" + product + "' is not a list of 'Batteries: ...' separated by ';'");
            }
            products.add(text.substring(TECHNOLOGY.length() + 1).strip());
        }
        var investmentText = cell.apply("reported_investment");
        Long investment = null;
        if (!investmentText.isEmpty()) {
            double musd = CsvTable.decimal(investmentText, "reported_investment");
            if (musd < 0) {
                throw new RowRejected("reported_investment: '" + investmentText + "' is negative");
            }
            // 0 is what the table writes when no amount is reported (its band, by_amount, stays)
            investment = musd == 0 ? null : Math.round(musd * 1_000_000);
        }
        var jobsText = cell.apply("reported_jobs");
        Integer jobs = null;
        if (!jobsText.isEmpty()) {
            double value = CsvTable.decimal(jobsText, "reported_jobs");
            if (value < 0 || value != Math.rint(value)) {
                throw new RowRejected("reported_jobs: '" + jobsText + "' is not a number of jobs");
            }
            jobs = value == 0 ? null : (int) value;
        }
        var country = Countries.named(cell.apply("country"))
                .orElseThrow(() -> new RowRejected("unknown country '" + cell.apply("country") + "'"));
        var state = cell.apply("state");
        String stateCode = null;
        String[] abroad = null;
        if (!state.equalsIgnoreCase("TBD") && !state.isEmpty()) {
            if (country.iso2().equals("US")) {
                stateCode = "US-" + UsStates.code(state).orElseThrow(() -> new RowRejected("state: '" + state + "' is not a US state"));
            } else {
                abroad = ABROAD.get(java.text.Normalizer.normalize(state, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT));
                if (abroad == null || !abroad[0].startsWith(country.iso2() + "-")) {
                    throw new RowRejected("state: '" + state + "' is not a known subdivision of " + country.name());
                }
                stateCode = abroad[0];
            }
        }
        var city = cell.apply("city");
        Double latitude = CsvTable.decimal(cell.apply("latitude"), "latitude");
        Double longitude = CsvTable.decimal(cell.apply("longitude"), "longitude");
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw new RowRejected("latitude/longitude %s, %s is not a place on the Earth".formatted(latitude, longitude));
        }
        // 0,0 is the table's "not decided yet"
        var located = !(latitude == 0 && longitude == 0);
        var timeline = cell.apply("timeline");
        var postIra = TIMELINES.get(timeline);
        if (postIra == null) {
            throw new RowRejected("timeline: '" + timeline + "' is not " + String.join(" or ", TIMELINES.keySet().stream().sorted().toList()));
        }
        var urls = new ArrayList<String>(new LinkedHashSet<>(URL.matcher(cell.apply("Notes")).results()
                .map(m -> m.group().replaceAll("[.)]+$", "")).toList()));

        var stated = new LinkedHashMap<String, Object>();
        stated.put("product", product);
        if (investment != null) {
            stated.put("investmentUsd", investment);
        }
        stated.put("investmentBand", cell.apply("by_amount"));
        if (jobs != null) {
            stated.put("jobs", jobs);
        }
        stated.put("jobsBand", cell.apply("by_jobs"));
        stated.put("iraTimeline", timeline);
        if (!city.isEmpty()) {
            stated.put("city", city);
        }
        if (located) {
            stated.put("location", cell.apply("latitude") + ", " + cell.apply("longitude") + " (rounded to 0.1°)");
        }
        return new Row(key, csv.line(), digest(csv.cells()), companies, product, List.copyOf(products), investment,
                cell.apply("by_amount"), jobs, cell.apply("by_jobs"), city.isEmpty() ? null : city, state, stateCode,
                abroad, country, located ? latitude : null, located ? longitude : null, timeline, postIra, List.copyOf(urls),
                stated);
    }

    @SuppressWarnings("unchecked")
    private List<Statements.Write> writes(List<Row> rows, Map<String, Object> read, Claims claims) {
        var facilities = new ArrayList<PostIraResolution.Facility>();
        var facilityNames = new HashMap<String, String>();
        for (var f : (List<Map<String, Object>>) read.get("facilities")) {
            facilities.add(new PostIraResolution.Facility((String) f.get("id"), (String) f.get("name"), (String) f.get("type"),
                    (String) f.get("city"), (String) f.get("state"), (Double) f.get("latitude"), (Double) f.get("longitude"),
                    List.copyOf((List<String>) f.get("operators"))));
            facilityNames.put((String) f.get("id"), (String) f.get("name"));
        }
        var byName = new HashMap<String, String[]>();
        var organizationNames = new HashMap<String, String>();
        var existingIds = new java.util.HashSet<String>();
        for (var o : (List<Map<String, Object>>) read.get("organizations")) {
            var id = (String) o.get("id");
            var name = (String) o.get("name");
            existingIds.add(id);
            organizationNames.put(id, name);
            var names = new ArrayList<String>();
            names.add(name);
            names.addAll((List<String>) o.get("aliases"));
            for (var n : names) {
                var normalized = Names.normalized(n);
                if (!normalized.isEmpty()) {
                    byName.putIfAbsent(normalized, new String[] {id, name});
                }
            }
        }
        var places = new java.util.HashSet<>((List<String>) read.get("places"));

        var organizations = new LinkedHashMap<String, Map<String, Object>>();
        var organizationOf = new HashMap<String, String>();
        for (var row : rows) {
            for (var company : row.companies()) {
                if (organizationOf.containsKey(company)) {
                    continue;
                }
                var normalized = Names.normalized(company);
                var match = byName.get(normalized);
                String id;
                if (match != null) {
                    id = match[0];
                    report.add(new ResolutionReport.Entry(DATASET, row.key(), "organization", Outcome.MATCHED, id, match[1],
                            List.of(new Candidate(id, match[1], 1.0, "normalized name or alias '" + normalized + "'")),
                            "'" + company + "'"));
                } else {
                    id = NodeKind.Organization.idPrefix() + ":" + Names.slug(company);
                    var existing = organizations.get(id);
                    if (existingIds.contains(id)) {
                        report.add(new ResolutionReport.Entry(DATASET, row.key(), "organization", Outcome.MATCHED, id,
                                organizationNames.get(id), List.of(), "same id as an organization the graph holds"));
                    } else if (existing == null) {
                        var aliases = new ArrayList<String>();
                        var display = Names.display(company);
                        if (!display.equals(company)) {
                            aliases.add(company);
                        }
                        organizations.put(id, new LinkedHashMap<>(Map.of("id", id, "name", display, "aliases", aliases)));
                        report.add(new ResolutionReport.Entry(DATASET, row.key(), "organization", Outcome.CREATED, id,
                                display, List.of(), "'" + company + "'"));
                    } else {
                        var aliases = (List<String>) existing.get("aliases");
                        if (!company.equals(existing.get("name")) && !aliases.contains(company)) {
                            aliases.add(company);
                        }
                    }
                }
                organizationOf.put(company, id);
            }
        }
        var decisions = PostIraResolution.resolve(rows, facilities, organizationOf, organizationNames);

        var subdivisions = new LinkedHashMap<String, Map<String, Object>>();
        var countries = new LinkedHashMap<String, Map<String, Object>>();
        var nodes = new ArrayList<Map<String, Object>>();
        var propertyClaims = new ArrayList<Map<String, Object>>();
        var relationships = new ArrayList<Map<String, Object>>();
        var links = new ArrayList<Map<String, Object>>();
        var webSources = new LinkedHashMap<String, Map<String, Object>>();
        var cites = new ArrayList<Map<String, Object>>();
        for (var row : rows) {
            var decision = decisions.get(row.key());
            var matched = decision.matched() != null;
            var id = matched ? decision.matched().id()
                    : NodeKind.Facility.idPrefix() + ":post-ira-" + Names.slug(String.join(" ", row.companies())) + "-"
                            + (row.city() == null ? "" : Names.slug(row.city()) + "-") + row.digest().substring(0, 8);
            var name = matched ? facilityNames.get(id)
                    : Names.display(String.join(", ", row.companies())) + " (" + String.join(", ", row.products()) + "), "
                            + (row.city() == null ? "" : row.city() + ", ") + (row.stateCode() == null ? row.country().name() : row.state());
            var rowClaims = new ArrayList<String>();
            if (!matched) {
                // a matched facility keeps every property it has: the row's values are claims on it (below)
                var props = new LinkedHashMap<String, Object>();
                props.put("name", name);
                var type = type(row.products());
                if (type != null) {
                    props.put("type", type.stored());
                }
                props.put("product", row.product());
                if (row.investmentUsd() != null) {
                    props.put("investmentUsd", row.investmentUsd());
                }
                props.put("investmentBand", row.investmentBand());
                if (row.jobs() != null) {
                    props.put("jobs", row.jobs());
                }
                props.put("jobsBand", row.jobsBand());
                props.put("iraTimeline", row.timeline());
                if (row.city() != null) {
                    props.put("city", row.city());
                }
                if (row.latitude() != null) {
                    props.put("location", Values.point(4326, row.longitude(), row.latitude()).asObject());
                    props.put("locationRoundedDeg", ROUNDED_DEG);
                }
                nodes.add(Map.of("id", id, "label", NodeKind.Facility.label(), "props", props));
            } else {
                // it cites the dataset among its sources, and keeps every property it has
                nodes.add(Map.of("id", id, "label", NodeKind.Facility.label(), "props", Map.of()));
            }
            for (var stated : row.stated().entrySet()) {
                var claim = claims.value(id, stated.getKey(), stated.getValue(), row.key());
                propertyClaims.add(claim);
                rowClaims.add((String) claim.get("id"));
            }
            String place;
            if (row.stateCode() != null) {
                place = NodeKind.Subdivision.idPrefix() + ":" + row.stateCode();
                if (!places.contains(place)) {
                    var stateName = row.abroad() != null ? row.abroad()[1] : UsStates.name(row.stateCode().substring(3)).orElseThrow();
                    subdivisions.putIfAbsent(place, Map.of("id", place, "name", stateName, "code", row.stateCode(),
                            "kind", row.abroad() != null ? row.abroad()[2] : "State", "country", row.country().id()));
                }
            } else {
                place = row.country().id();
            }
            if (!places.contains(row.country().id())) {
                countries.putIfAbsent(row.country().id(), row.country().asRow());
            }
            var located = RelationshipType.LOCATED_IN.type();
            var locatedClaim = claims.relationship(id, located, place, row.key());
            relationships.add(Map.of("from", id, "type", located, "to", place, "claim", locatedClaim));
            rowClaims.add((String) locatedClaim.get("id"));
            var operates = RelationshipType.OPERATES.type();
            for (var company : new LinkedHashSet<>(row.companies())) {
                var org = organizationOf.get(company);
                var claim = claims.relationship(org, operates, id, row.key());
                relationships.add(Map.of("from", org, "type", operates, "to", id, "claim", claim));
                rowClaims.add((String) claim.get("id"));
            }
            links.addAll(decision.links(id));
            for (var url : row.urls()) {
                var source = webSource(url);
                webSources.putIfAbsent((String) source.get("id"), source);
                for (var claim : rowClaims) {
                    cites.add(Map.of("claim", claim, "source", source.get("id")));
                }
            }
            report.add(decision.entry(DATASET, row.key(), id, name));
        }
        var writes = new ArrayList<>(List.of(
                new Statements.Write("source", Map.of("source", source())),
                new Statements.Write("web-sources", Map.of("sources", List.copyOf(webSources.values()))),
                new Statements.Write("countries", Map.of("countries", List.copyOf(countries.values()), "sourceId", SOURCE_ID)),
                new Statements.Write("subdivisions", Map.of("subdivisions", List.copyOf(subdivisions.values()), "sourceId", SOURCE_ID)),
                new Statements.Write("organizations", Map.of("organizations", List.copyOf(organizations.values()), "sourceId", SOURCE_ID)),
                new Statements.Write("facilities", Map.of("nodes", nodes, "sourceId", SOURCE_ID)),
                new Statements.Write("property-claims", Map.of("claims", propertyClaims, "sourceId", SOURCE_ID)),
                new Statements.Write("relationships", Map.of("relationships", relationships, "sourceId", SOURCE_ID)),
                new Statements.Write("cites", Map.of("cites", cites, "sourceId", SOURCE_ID)),
                new Statements.Write("possibly-same-as", Map.of("links", links, "sourceId", SOURCE_ID))));
        // the rows' values and operators against the other sources' claims about the same facilities (docs/import.md)
        writes.addAll(Statements.conflicts(IMPORTER, propertyClaims, relationships));
        return writes;
    }

    /** The facility type a row's products name when they name one (cells with packs: cells); otherwise none. */
    static FacilityType type(List<String> products) {
        if (products.contains("Cells")) {
            return FacilityType.CellGigafactory;
        }
        return products.size() == 1 ? SINGLE_TYPE.get(products.get(0)) : null;
    }

    static Map<String, Object> source() {
        return new DatasetSource(SOURCE_ID,
                "Post-IRA EV supply-chain investments (NA-EV-Battery-Supply-Chain-Mapping, table S9)",
                "NA-EV-Battery-Supply-Chain-Mapping: SI. IRA Incentives - S9. Post-IRA EV Supply Chain Investments",
                "A. Cheng et al. (github.com/acheng98/NA-EV-Battery-Supply-Chain-Mapping)",
                "https://github.com/acheng98/NA-EV-Battery-Supply-Chain-Mapping/tree/3a331aa",
                "A. Cheng et al., NA-EV-Battery-Supply-Chain-Mapping, supplementary table S9, commit 3a331aa "
                        + "(2024-09-27); rows derive from the DOE/Argonne supply-chain dataset and the Turner dataset",
                "MIT (© 2024 acheng98)", RELEASE, PUBLISHED, DatePrecision.Day).row();
    }

    /** A row's web page: its address is its name and id (hashed); nothing about its publisher is inferred. */
    static Map<String, Object> webSource(String url) {
        var props = new LinkedHashMap<String, Object>();
        props.put("name", url);
        props.put("url", url);
        props.put("kind", SourceKind.Web.stored());
        props.put("citation", "named in the Notes of a row of " + DATASET + " (" + RELEASE + ")");
        return Map.of("id", "source:web-" + digest(List.of(url)).substring(0, 12), "props", props);
    }

    private static String digest(List<String> cells) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            for (var cell : cells) {
                sha.update(cell.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
