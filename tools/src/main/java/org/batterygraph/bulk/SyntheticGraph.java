package org.batterygraph.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.batterygraph.model.CapacityUnit;
import org.batterygraph.model.ClaimStatus;
import org.batterygraph.model.ConflictKind;
import org.batterygraph.model.EvidenceKind;
import org.batterygraph.model.Confidence;
import org.batterygraph.model.FacilityStatus;
import org.batterygraph.model.FacilityType;
import org.batterygraph.model.MaterialKind;
import org.batterygraph.model.MembershipRole;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.OrganizationType;
import org.batterygraph.model.RelationshipType;
import org.batterygraph.model.SourceKind;
import org.batterygraph.model.Term;

/**
 * A synthetic battery-ecosystem graph in the import layout (docs/import.md): the labels, properties and
 * relationship types of the real graph, Zipf-shaped degrees (a few operators, places, materials and sources get
 * most links), deterministic for a seed. Rows are streamed to disk as they are drawn; only the small id tables
 * (countries, subdivisions) are kept in memory. Default: 1,000,000 nodes, about 5,000,000 relationships.
 */
public final class SyntheticGraph {

    /** Node counts per label for a total. */
    record Sizes(int countries, int subdivisions, int materials, int consortia, int sources, int organizations,
            int facilities, int claims) {

        static Sizes forNodes(int nodes) {
            if (nodes < 100) {
                throw new IllegalArgumentException("--nodes must be at least 100");
            }
            int countries = Math.min(COUNTRY_CODES.size(), Math.max(10, nodes / 1000));
            int subdivisions = Math.max(20, nodes / 250);
            int materials = Math.min(3000, Math.max(20, nodes / 500));
            int consortia = Math.max(5, nodes / 100);
            int sources = nodes / 10;
            int organizations = nodes / 4;
            int facilities = nodes / 4;
            int claims = nodes - countries - subdivisions - materials - consortia - sources - organizations - facilities;
            return new Sizes(countries, subdivisions, materials, consortia, sources, organizations, facilities, claims);
        }
    }

    /** Rows written per file, and how long it took. */
    public record Result(Map<String, Long> rows, Duration elapsed) {

        public Result {
            rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        }

        public long nodes() {
            return rows.entrySet().stream().filter(e -> e.getKey().startsWith("nodes-")).mapToLong(Map.Entry::getValue).sum();
        }

        public long relationships() {
            return rows.entrySet().stream().filter(e -> e.getKey().startsWith("rels-")).mapToLong(Map.Entry::getValue).sum();
        }
    }

    /** Battery countries first, so the Zipf head is where the real industry is; then every other ISO country. */
    private static final List<String> COUNTRY_CODES = countryCodes();
    private static final List<String> MATERIAL_NAMES = List.of("lithium", "nickel", "graphite", "cobalt", "manganese",
            "lithium hydroxide", "lithium carbonate", "NMC cathode", "LFP cathode", "anode graphite", "copper foil",
            "aluminium foil", "electrolyte", "separator", "battery cell", "battery module", "battery pack",
            "nickel sulphate", "cobalt sulphate", "spodumene");
    private static final List<String> PUBLISHERS = List.of("Reuters", "Bloomberg", "E&E News", "C&EN", "ESS News",
            "Electrek", "US DOE", "USGS", "IEA", "European Commission", "Green Car Congress", "Benchmark Minerals",
            "Financial Times", "Nikkei Asia", "Handelsblatt");
    private static final LocalDate EARLIEST = LocalDate.of(2008, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2026, 6, 30);

    private final Path out;
    private final Sizes sizes;
    private final String prefix;
    private final SplittableRandom random;
    private final SyntheticValues values;
    private final Zipf countryPick;
    private final Zipf subdivisionPick;
    private final Zipf materialPick;
    private final Zipf consortiumPick;
    private final Zipf sourcePick;
    private final Zipf organizationPick;
    private final Zipf facilityPick;
    private final Map<RelationshipType, CsvSink> relationships = new LinkedHashMap<>();
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private String[] subdivisionIds;

    /** {@code prefix} goes in front of every id (tests use {@code test-bulk:} to find and remove what they load). */
    public SyntheticGraph(Path out, int nodes, long seed, String prefix) {
        this.out = out;
        this.sizes = Sizes.forNodes(nodes);
        this.prefix = prefix;
        this.random = new SplittableRandom(seed);
        this.values = new SyntheticValues(random);
        this.countryPick = new Zipf(sizes.countries(), 1.2);
        this.subdivisionPick = new Zipf(sizes.subdivisions(), 1.0);
        this.materialPick = new Zipf(sizes.materials(), 1.1);
        this.consortiumPick = new Zipf(sizes.consortia(), 1.0);
        this.sourcePick = new Zipf(sizes.sources(), 0.9);
        this.organizationPick = new Zipf(sizes.organizations(), 0.9);
        this.facilityPick = new Zipf(sizes.facilities(), 0.8);
    }

    public static void main(String[] args) throws IOException {
        int nodes = 1_000_000;
        long seed = 42;
        String prefix = "";
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--nodes" -> nodes = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--id-prefix" -> prefix = args[++i];
                default -> out = Path.of(args[i]);
            }
        }
        if (out == null) {
            System.err.println("usage: scripts/generate-synthetic.sh [--nodes 1000000] [--seed 42] [--id-prefix P] OUT_DIR");
            System.exit(1);
        }
        var result = new SyntheticGraph(out, nodes, seed, prefix).write();
        result.rows().forEach((file, count) -> System.out.printf(Locale.ROOT, "%-28s %,12d rows%n", file, count));
        System.out.printf(Locale.ROOT, "%,d nodes and %,d relationships in %s in %.1f s%n", result.nodes(),
                result.relationships(), out, result.elapsed().toMillis() / 1000.0);
    }

    public Result write() throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(out);
        try {
            countries();
            subdivisions();
            materials();
            sources();
            organizations();
            consortia();
            facilities();
            claims();
        } finally {
            for (var entry : relationships.entrySet()) {
                entry.getValue().close();
                rows.put("rels-" + entry.getKey().type() + ".csv", entry.getValue().rows());
            }
        }
        return new Result(rows, Duration.ofNanos(System.nanoTime() - start));
    }

    private void countries() throws IOException {
        try (var nodes = nodes(NodeKind.Country, "id", "name", "iso2", "iso3")) {
            for (int i = 0; i < sizes.countries(); i++) {
                String code = COUNTRY_CODES.get(i);
                var locale = new Locale("", code);
                nodes.row(countryId(i), locale.getDisplayCountry(Locale.ENGLISH), code, iso3(locale));
            }
            done(nodes, NodeKind.Country);
        }
    }

    private void subdivisions() throws IOException {
        subdivisionIds = new String[sizes.subdivisions()];
        try (var nodes = nodes(NodeKind.Subdivision, "id", "name", "code", "kind")) {
            for (int i = 0; i < sizes.subdivisions(); i++) {
                int country = countryPick.next(random);
                String code = COUNTRY_CODES.get(country) + "-S" + i;
                subdivisionIds[i] = prefix + "subdivision:syn-" + code;
                nodes.row(subdivisionIds[i], "Region " + code, code,
                        values.weighted(List.of("State", "Province", "Land", "Region"), 5, 3, 1, 3));
                link(RelationshipType.PART_OF, subdivisionIds[i], countryId(country));
            }
            done(nodes, NodeKind.Subdivision);
        }
    }

    private void materials() throws IOException {
        try (var nodes = nodes(NodeKind.Material, "id", "name", "kind", "aliases")) {
            for (int i = 0; i < sizes.materials(); i++) {
                String name = i < MATERIAL_NAMES.size() ? MATERIAL_NAMES.get(i) : "material " + i;
                nodes.row(id(NodeKind.Material, i), name, values.weighted(Term.stored(MaterialKind.class), 3, 5, 4),
                        values.chance(0.2) ? name.toUpperCase(Locale.ROOT) : null);
                for (int target : distinct(materialPick, values.count(2), i)) {
                    link(RelationshipType.INPUT_TO, id(NodeKind.Material, i), id(NodeKind.Material, target));
                }
            }
            done(nodes, NodeKind.Material);
        }
    }

    private void sources() throws IOException {
        try (var nodes = nodes(NodeKind.Source, "id", "name", "title", "publisher", "url", "published", "kind")) {
            for (int i = 0; i < sizes.sources(); i++) {
                String title = "Battery supply chain report " + i;
                nodes.row(id(NodeKind.Source, i), title, title, values.pick(PUBLISHERS), "https://example.org/articles/" + i,
                        values.date(EARLIEST, LATEST),
                        values.weighted(Term.stored(SourceKind.class), 1, 60, 15, 10, 10));
            }
            done(nodes, NodeKind.Source);
        }
    }

    private void organizations() throws IOException {
        try (var nodes = nodes(NodeKind.Organization, "id", "name", "orgType", "founded", "website", "ticker", "aliases",
                "sources")) {
            for (int i = 0; i < sizes.organizations(); i++) {
                String org = id(NodeKind.Organization, i);
                String name = values.companyName(i);
                nodes.row(org, name, values.weighted(Term.stored(OrganizationType.class), 85, 6, 4, 2, 3),
                        values.date(LocalDate.of(1900, 1, 1), LocalDate.of(2024, 12, 31)),
                        "https://org" + i + ".example.com", values.chance(0.1) ? "SYN" + i : null,
                        values.chance(0.2) ? "Group " + i + "|" + name.split(" ")[1] + " " + i : null, source());
                link(RelationshipType.HEADQUARTERED_IN, org, subdivisionIds[subdivisionPick.next(random)]);
                for (int consortium : distinct(consortiumPick, values.count(2), -1)) {
                    link(RelationshipType.MEMBER_OF, org, id(NodeKind.Consortium, consortium),
                            values.weighted(Term.stored(MembershipRole.class), 80, 5, 3, 2, 10));
                }
                if (values.chance(0.2)) {
                    int parent = organizationPick.next(random);
                    if (parent != i) {
                        link(RelationshipType.OWNS, id(NodeKind.Organization, parent), org, values.share());
                    }
                }
            }
            done(nodes, NodeKind.Organization);
        }
    }

    private void consortia() throws IOException {
        try (var nodes = nodes(NodeKind.Consortium, "id", "name", "launched", "scope", "description", "sources")) {
            for (int i = 0; i < sizes.consortia(); i++) {
                String consortium = id(NodeKind.Consortium, i);
                nodes.row(consortium, "Battery Alliance " + i, values.date(LocalDate.of(1995, 1, 1), LATEST),
                        values.weighted(List.of("national", "regional", "global"), 5, 3, 1),
                        "An industry consortium on batteries", source());
                link(RelationshipType.LAUNCHED_BY, consortium, id(NodeKind.Organization, organizationPick.next(random)));
                link(RelationshipType.BASED_IN, consortium, countryId(countryPick.next(random)));
            }
            done(nodes, NodeKind.Consortium);
        }
    }

    private void facilities() throws IOException {
        try (var nodes = nodes(NodeKind.Facility, "id", "name", "type", "status", "city", "capacity", "capacityUnit",
                "investmentUsd", "jobs", "areaAcres", "announced", "opened", "cancelled", "sources")) {
            for (int i = 0; i < sizes.facilities(); i++) {
                String facility = id(NodeKind.Facility, i);
                String type = values.weighted(Term.stored(FacilityType.class), 15, 14, 6, 10, 10, 20, 15, 5, 5);
                String status = values.weighted(Term.stored(FacilityStatus.class), 20, 18, 45, 12, 5);
                LocalDate announced = values.date(EARLIEST, LocalDate.of(2025, 12, 31));
                boolean gwh = type.equals(FacilityType.CellGigafactory.stored()) || type.equals(FacilityType.ResearchFab.stored())
                        || type.equals(FacilityType.SolarFab.stored());
                double capacity = gwh ? values.logNormal(type.equals(FacilityType.CellGigafactory.stored()) ? 15 : 1, 0.9)
                        : values.logNormal(20_000, 1.0);
                nodes.row(facility, values.town() + " " + type + " " + i, type, status, values.town(),
                        Math.round(capacity * 10) / 10.0, (gwh ? CapacityUnit.GWH_PER_YEAR : CapacityUnit.TONNES_PER_YEAR).stored(), values.logNormalWhole(3e8, 1.2),
                        values.logNormalWhole(250, 1.0), Math.round(values.logNormal(60, 0.8) * 10) / 10.0, announced,
                        status.equals(FacilityStatus.Operational.stored()) ? values.after(announced, 365, 1500) : null,
                        status.equals(FacilityStatus.Cancelled.stored()) ? values.after(announced, 180, 1100) : null, source());
                link(RelationshipType.LOCATED_IN, facility, subdivisionIds[subdivisionPick.next(random)]);
                for (int operator : distinct(organizationPick, values.chance(0.2) ? 2 : 1, -1)) {
                    link(RelationshipType.OPERATES, id(NodeKind.Organization, operator), facility);
                }
                if (values.chance(0.6)) {
                    link(RelationshipType.OWNS, id(NodeKind.Organization, organizationPick.next(random)), facility, values.share());
                }
                for (int offtaker : distinct(organizationPick, values.count(1.75), -1)) {
                    link(RelationshipType.OFFTAKES, id(NodeKind.Organization, offtaker), facility);
                }
                for (int material : distinct(materialPick, values.count(4.5), -1)) {
                    link(RelationshipType.PRODUCES, facility, id(NodeKind.Material, material));
                }
                for (int material : distinct(materialPick, values.count(4.5), -1)) {
                    link(RelationshipType.CONSUMES, facility, id(NodeKind.Material, material));
                }
            }
            done(nodes, NodeKind.Facility);
        }
    }

    private void claims() throws IOException {
        try (var nodes = nodes(NodeKind.Claim, "id", "evidenceKind", "paraphrase", "paraphrasedBy", "assertedOn", "confidence",
                "predicate", "subjectId", "property", "value", "status")) {
            for (int i = 0; i < sizes.claims(); i++) {
                String claim = id(NodeKind.Claim, i);
                boolean aboutFacility = values.chance(0.7);
                String subject = aboutFacility ? id(NodeKind.Facility, facilityPick.next(random))
                        : id(NodeKind.Organization, organizationPick.next(random));
                String property = aboutFacility ? values.pick(List.of("status", "capacity", "jobs", "opened")) : "founded";
                nodes.row(claim, EvidenceKind.Paraphrase.stored(), "The " + property + " of " + subject + " as reported",
                        "synthetic generator", values.date(EARLIEST, LATEST),
                        values.weighted(Term.stored(Confidence.class), 6, 3, 1), "HAS_VALUE", subject, property,
                        claimValue(property, i),
                        values.weighted(List.of(ClaimStatus.Active.stored(), ClaimStatus.Retired.stored()), 95, 5));
                link(RelationshipType.ABOUT, claim, subject);
                link(RelationshipType.STATED_IN, claim, source());
                if (i > 0 && values.chance(0.02)) {
                    link(RelationshipType.CONFLICTS_WITH, claim, id(NodeKind.Claim, random.nextInt(i)),
                            ConflictKind.Curated.stored(), "sources disagree");
                }
            }
            done(nodes, NodeKind.Claim);
        }
    }

    /**
     * A value of the property's type, derived from the claim's number (no random draw, so the rest of the graph is the
     * same for a seed as before values were typed). A superseded claim needs the claim that replaced it, so synthetic
     * claims are Active or Retired only.
     */
    private static String claimValue(String property, int i) {
        return switch (property) {
            case "status" -> FacilityStatus.values()[i % FacilityStatus.values().length].stored();
            case "capacity" -> String.valueOf(1 + i % 50);
            case "jobs" -> String.valueOf(100 * (1 + i % 30));
            default -> LocalDate.of(1990 + i % 35, 1 + i % 12, 1).toString();
        };
    }

    private CsvSink nodes(NodeKind kind, String... header) throws IOException {
        return new CsvSink(out.resolve("nodes-" + kind.label() + ".csv"), header);
    }

    private void done(CsvSink sink, NodeKind kind) {
        rows.put("nodes-" + kind.label() + ".csv", sink.rows());
    }

    /** One relationship row; every relationship names a source (the provenance rule), picked Zipf-wise. */
    private void link(RelationshipType type, String from, String to, Object... properties) {
        CsvSink sink = relationships.computeIfAbsent(type, this::relationshipFile);
        Object[] cells = new Object[3 + properties.length];
        cells[0] = from;
        cells[1] = to;
        cells[2] = source();
        System.arraycopy(properties, 0, cells, 3, properties.length);
        sink.row(cells);
    }

    /** The provenance columns, then the type's own properties (the link's {@code properties}, in that order). */
    private CsvSink relationshipFile(RelationshipType type) {
        var header = new ArrayList<>(List.of("from", "to", "sources"));
        type.properties().forEach(p -> header.add(p.name()));
        try {
            return new CsvSink(out.resolve("rels-" + type + ".csv"), header.toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String source() {
        return id(NodeKind.Source, sourcePick.next(random));
    }

    /** Up to {@code count} distinct Zipf picks, none equal to {@code exclude}. */
    private int[] distinct(Zipf zipf, int count, int exclude) {
        int wanted = Math.min(count, zipf.size() - 1);
        int[] picks = new int[Math.max(0, wanted)];
        int n = 0;
        for (int attempt = 0; n < wanted && attempt < 4 * wanted; attempt++) {
            int pick = zipf.next(random);
            boolean seen = pick == exclude;
            for (int j = 0; j < n && !seen; j++) {
                seen = picks[j] == pick;
            }
            if (!seen) {
                picks[n++] = pick;
            }
        }
        return Arrays.copyOf(picks, n);
    }

    private String id(NodeKind kind, int index) {
        return prefix + kind.idPrefix() + ":syn-" + index;
    }

    private String countryId(int index) {
        return prefix + "country:syn-" + COUNTRY_CODES.get(index);
    }

    private static String iso3(Locale locale) {
        try {
            return locale.getISO3Country();
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static List<String> countryCodes() {
        var first = List.of("CN", "US", "AU", "CL", "AR", "DE", "KR", "JP", "ID", "CD", "CA", "PL", "HU", "SE", "NO",
                "FR", "GB", "MX", "BR", "ZW", "PH", "RU", "IN", "FI", "MA");
        var rest = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
        first.forEach(rest::remove);
        var all = new ArrayList<>(first);
        all.addAll(rest);
        return List.copyOf(all);
    }
}
