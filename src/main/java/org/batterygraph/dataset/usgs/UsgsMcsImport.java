package org.batterygraph.dataset.usgs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.batterygraph.model.Metric;
import org.batterygraph.model.NodeKind;

/**
 * The USGS Mineral Commodity Summaries data release tables (docs/import.md, "USGS MCS"): a file
 * {@code mcs<edition>-<commodity>_world.csv} (mine production by country for two years, reserves) or
 * {@code mcs<edition>-<commodity>_salient.csv} (US salient statistics by year). The edition and the mineral come from
 * the file name, the table kind too, and the header must be that kind's or the file is refused. Every value is a
 * statistic of its edition (a revision in a later edition is another statistic, both kept) with its Record claim.
 */
public final class UsgsMcsImport {

    public static final String DATASET = "USGS Mineral Commodity Summaries";

    static final Pattern FILE_NAME = Pattern.compile("mcs(\\d{4})-([a-z]{5})_(world|salient)\\.csv");
    // the tables' own column names, not the graph's labels
    private static final List<String> WORLD_KEYS = List.of("Source,Country,Type".split(","));
    private static final List<String> SALIENT_KEYS = List.of("DataSource", "Commodity", "Year");
    private static final Pattern PRODUCTION = Pattern.compile("Prod_(t|kt)_(?:[Ee]st_)?(\\d{4})");
    private static final Pattern RESERVES = Pattern.compile("Reserves_(t|kt)");
    /** A statistics column: what it counts (its prefix), maybe a detail, and its unit suffix. */
    private static final Pattern STATISTIC = Pattern.compile("([A-Za-z]+?)(?:_.*)?_(t|kt|dt|dlb|num|pct)");
    /** Columns whose prefix is the metric's own name; the others are USprod_, Consump_ and NIR_ (metric()). */
    private static final Set<Metric> NAMED = java.util.EnumSet.of(Metric.Imports, Metric.Exports, Metric.Price,
            Metric.Employment, Metric.Stocks, Metric.Shipments);
    /** MCS 2024's nickel table names both price columns so; the values are $/t then $/lb, as in MCS 2023 (Price_LME_dt, Price_LME_dlb). */
    private static final String BOTH_PRICES = "Price_dt dlb (both used)";
    private static final String WORLD_EXPECTED = "Source, Country, Type, Prod_<t|kt>_[est_]<year> (one or more), "
            + "then optionally Prod_notes, Reserves_<t|kt>, Reserves_notes";
    private static final String SALIENT_EXPECTED = "DataSource, Commodity, Year, then statistics columns ("
            + String.join(", ", "USprod_*", Metric.Imports + "_*", Metric.Exports + "_*", "Consump_*",
                    Metric.Price + "_*", Metric.Employment + "_num", Metric.Stocks + "_*", Metric.Shipments + "_*",
                    "NIR_pct") + ")";

    private final Statements statements;
    private final ImportListener listener;

    public UsgsMcsImport(Statements statements, ImportListener listener) {
        this.statements = statements;
        this.listener = listener;
    }

    /** The Source of an edition's data release. */
    public static String sourceId(int edition) {
        return "source:usgs-mcs-" + edition;
    }

    public FileOutcome importFile(DatasetFile file) {
        return FileOutcome.of(DATASET, file, listener, () -> {
            var name = FILE_NAME.matcher(file.name());
            if (!name.matches()) {
                throw new FileRefusedException(file.name() + ": not a USGS MCS table name: expected "
                        + "mcs<edition>-<commodity>_world.csv or mcs<edition>-<commodity>_salient.csv "
                        + "(the edition and the mineral come from the name)");
            }
            int edition = Integer.parseInt(name.group(1));
            var mineral = Mineral.ofCode(name.group(2)).orElseThrow(() -> new FileRefusedException(file.name()
                    + ": commodity '" + name.group(2) + "' is not one of cobal, graph, lithi, manga, nicke"));
            boolean world = name.group(3).equals("world");
            var rows = file.rows();
            if (rows.isEmpty()) {
                throw new FileRefusedException(file.name() + ": empty file, no header");
            }
            listener.started(DATASET, file.name(), rows.size() - 1);
            var table = world ? new WorldTable(file.name(), header(rows.get(0))) : new SalientTable(file.name(), header(rows.get(0)));
            var claims = new Claims(sourceId(edition), DATASET, "MCS " + edition, LocalDate.of(edition, 1, 1),
                    DatePrecision.Year, Confidence.high);
            var stats = new ArrayList<Map<String, Object>>();
            var countries = new LinkedHashMap<String, Map<String, Object>>();
            var problems = new ArrayList<RowProblem>();
            var seen = new HashSet<String>();
            long read = 0;
            long loaded = 0;
            for (var row : rows.subList(1, rows.size())) {
                if (row.blank()) {
                    continue;
                }
                read++;
                try {
                    var rowStats = table.read(row, edition, mineral, claims, countries);
                    for (var stat : rowStats) {
                        if (!seen.add((String) stat.get("id"))) {
                            throw new RowRejected("a second row for " + stat.get("name") + " in this file");
                        }
                    }
                    stats.addAll(rowStats);
                    loaded++;
                } catch (RowRejected e) {
                    problems.add(new RowProblem(file.name(), row.line(), e.getMessage()));
                }
                listener.progressed(file.name(), read);
            }
            var created = stats.isEmpty() ? new Statements.Created(0, 0) : statements.inOneTransaction(List.of(
                    new Statements.Write("source", Map.of("source", source(edition))),
                    new Statements.Write("countries", Map.of("countries", List.copyOf(countries.values()),
                            "sourceId", sourceId(edition))),
                    new Statements.Write("statistics", Map.of("rows", stats, "sourceId", sourceId(edition)))));
            return new FileOutcome.Read(read, stats.size(), 0, problems, created);
        });
    }

    static Map<String, Object> source(int edition) {
        var title = "Mineral Commodity Summaries " + edition + " Data Release";
        var doi = edition == 2024;
        return new DatasetSource(sourceId(edition), title, title, "U.S. Geological Survey (USGS)",
                doi ? "https://doi.org/10.5066/P9WCYUI6" : null,
                doi ? "U.S. Geological Survey, Mineral Commodity Summaries 2024 Data Release (doi 10.5066/P9WCYUI6)"
                        : "U.S. Geological Survey, Mineral Commodity Summaries " + edition
                                + " Data Release (sciencebase.gov), world and salient tables as re-hosted in Redliana/cmm-data",
                "US public domain (U.S. Government work; metadata use constraints: none)", "MCS " + edition,
                LocalDate.of(edition, 1, 1), DatePrecision.Year).row();
    }

    /** The header's names, trimmed, without the empty names of trailing commas. */
    private static List<String> header(CsvTable.Row row) {
        var names = new ArrayList<>(row.stripped());
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        return names;
    }

    private interface Table {
        List<Map<String, Object>> read(CsvTable.Row row, int edition, Mineral mineral, Claims claims,
                Map<String, Map<String, Object>> countries);
    }

    /** Where a row's figures belong: a country, the world total, or "Other countries". */
    private record Place(String countryId, String code, String label, String scope, String note) {

        static Place of(String cell, Map<String, Map<String, Object>> countries) {
            var text = cell.replace('\u00a0', ' ').strip();
            if (text.startsWith("World total")) {
                return new Place(null, "WORLD", "World", "World", text.contains("excluding U.S.") ? "excludes US production" : null);
            }
            if (text.startsWith("Other countries")) {
                return new Place(null, "OTHER", "Other countries", "Other", null);
            }
            String note = null;
            var name = text.replaceAll("\\d+$", "").strip();
            if (name.endsWith(", concentrate")) {
                name = name.substring(0, name.length() - ", concentrate".length());
                note = "concentrate";
            }
            var country = Countries.named(name).orElseThrow(() -> new RowRejected("unknown country '" + text + "'"));
            countries.putIfAbsent(country.id(), country.asRow());
            return new Place(country.id(), country.iso2(), country.iso2(), NodeKind.Country.label(), note);
        }
    }

    private static Map<String, Object> stat(Mineral mineral, Metric metric, int year, Place place, int edition,
            String series, String unit, Cell cell, String basis, Claims claims, String recordKey) {
        var id = "stat:" + mineral.slug() + "-" + metric.stored().toLowerCase() + "-" + year + "-" + place.code()
                + "-mcs" + edition + (series == null ? "" : "-" + series.toLowerCase().replaceAll("[^a-z0-9]+", "_"));
        var row = new LinkedHashMap<String, Object>();
        row.put("id", id);
        row.put("name", metric.stored() + " " + year + " " + place.label() + (series == null ? "" : " " + series));
        row.put("material", mineral.material);
        row.put("country", place.countryId());
        row.put("scope", place.scope());
        row.put("metric", metric.stored());
        row.put("year", year);
        row.put("value", cell.value());
        row.put("qualifier", cell.qualifier() == null ? null : cell.qualifier().stored());
        row.put("bound", cell.bound());
        row.put("reported", cell.reported());
        row.put("series", series);
        row.put("unit", unit);
        row.put("edition", "MCS " + edition);
        row.put("basis", basis);
        row.put("claim", claims.value(id, "value", cell.reported(), recordKey));
        return row;
    }

    private static String join(String... parts) {
        var kept = new ArrayList<String>();
        for (var part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part.strip());
            }
        }
        return kept.isEmpty() ? null : String.join("; ", kept);
    }

    /** Source, Country, Type, Prod_..._<year> ..., [Prod_notes], [Reserves_<unit>], [Reserves_notes]. */
    private static final class WorldTable implements Table {

        private final String file;
        private final List<Integer> productionColumns = new ArrayList<>();
        private final List<Integer> productionYears = new ArrayList<>();
        private final List<String> productionUnits = new ArrayList<>();
        private final List<Boolean> productionEstimated = new ArrayList<>();
        private final List<String> names;
        private int prodNotes = -1;
        private int reserves = -1;
        private String reservesUnit;
        private int reservesNotes = -1;

        WorldTable(String file, List<String> names) {
            this.file = file;
            this.names = names;
            if (names.size() < 4 || !names.subList(0, 3).equals(WORLD_KEYS)) {
                throw FileRefusedException.notTable(file, "world production", WORLD_EXPECTED, names);
            }
            for (int i = 3; i < names.size(); i++) {
                var name = names.get(i);
                Matcher m;
                if ((m = PRODUCTION.matcher(name)).matches()) {
                    productionColumns.add(i);
                    productionUnits.add(m.group(1));
                    productionYears.add(Integer.parseInt(m.group(2)));
                    productionEstimated.add(name.toLowerCase().contains("_est_"));
                } else if (name.equals("Prod_notes")) {
                    prodNotes = i;
                } else if ((m = RESERVES.matcher(name)).matches()) {
                    reserves = i;
                    reservesUnit = m.group(1);
                } else if (name.equals("Reserves_notes")) {
                    reservesNotes = i;
                } else {
                    throw FileRefusedException.notTable(file, "world production", WORLD_EXPECTED, names);
                }
            }
            if (productionColumns.isEmpty()) {
                throw FileRefusedException.notTable(file, "world production", WORLD_EXPECTED, names);
            }
        }

        @Override
        public List<Map<String, Object>> read(CsvTable.Row row, int edition, Mineral mineral, Claims claims,
                Map<String, Map<String, Object>> countries) {
            if (!row.cell(0).strip().equals("MCS" + edition)) {
                throw new RowRejected("Source '%s' is not this file's edition MCS%d".formatted(row.cell(0), edition));
            }
            var place = Place.of(row.cell(1), countries);
            var type = row.cell(2).strip();
            var stats = new ArrayList<Map<String, Object>>();
            for (int k = 0; k < productionColumns.size(); k++) {
                int column = productionColumns.get(k);
                var cell = Cell.parse(names.get(column), row.cell(column));
                if (cell != null) {
                    stats.add(stat(mineral, Metric.MineProduction, productionYears.get(k), place, edition, null,
                            productionUnits.get(k) + mineral.content, cell,
                            join(productionEstimated.get(k) ? "estimated" : null, type, place.note(),
                                    prodNotes < 0 ? null : row.cell(prodNotes)),
                            claims, file + " line " + row.line() + ", " + names.get(column)));
                }
            }
            if (reserves >= 0) {
                var cell = Cell.parse(names.get(reserves), row.cell(reserves));
                if (cell != null) {
                    stats.add(stat(mineral, Metric.Reserves, edition - 1, place, edition, null, reservesUnit + mineral.content,
                            cell, join("reserves", place.note(), reservesNotes < 0 ? null : row.cell(reservesNotes)),
                            claims, file + " line " + row.line() + ", " + names.get(reserves)));
                }
            }
            return stats;
        }
    }

    /** DataSource, Commodity, Year, then one column per statistic of the United States. */
    private static final class SalientTable implements Table {

        private record Column(int index, String header, String series, Metric metric, String unit) {
        }

        private final String file;
        private final List<Column> columns = new ArrayList<>();

        SalientTable(String file, List<String> names) {
            this.file = file;
            if (names.size() < 4 || !names.subList(0, 3).equals(SALIENT_KEYS)) {
                throw FileRefusedException.notTable(file, "salient-statistics", SALIENT_EXPECTED, names);
            }
            Set<String> seen = new HashSet<>();
            int bothPrices = 0;
            for (int i = 3; i < names.size(); i++) {
                var name = names.get(i);
                if (name.equals(BOTH_PRICES)) {
                    columns.add(bothPrices == 0 ? new Column(i, name, "Price_dt", Metric.Price, "$/t")
                            : new Column(i, name, "Price_dlb", Metric.Price, "$/lb"));
                    bothPrices++;
                    continue;
                }
                var m = STATISTIC.matcher(name);
                var metric = m.matches() ? metric(m.group(1)) : null;
                if (metric == null || !seen.add(name)) {
                    throw FileRefusedException.notTable(file, "salient-statistics", SALIENT_EXPECTED, names);
                }
                var unit = switch (m.group(2)) {
                    case "t" -> metric == Metric.Price ? "$/t" : "t";
                    case "kt" -> "kt";
                    case "dt" -> "$/t";
                    case "dlb" -> "$/lb";
                    case "num" -> "people";
                    default -> "%";
                };
                columns.add(new Column(i, name, name, metric, unit));
            }
            if (bothPrices > 2) {
                throw FileRefusedException.notTable(file, "salient-statistics", SALIENT_EXPECTED, names);
            }
        }

        /** The metric a column prefix counts; null for a prefix no salient table uses. */
        private static Metric metric(String prefix) {
            switch (prefix) {
                case "USprod" -> {
                    return Metric.Production;
                }
                case "Consump" -> {
                    return Metric.Consumption;
                }
                case "NIR" -> {
                    return Metric.NetImportReliance;
                }
                default -> {
                    return NAMED.stream().filter(n -> n.stored().equals(prefix)).findFirst().orElse(null);
                }
            }
        }

        @Override
        public List<Map<String, Object>> read(CsvTable.Row row, int edition, Mineral mineral, Claims claims,
                Map<String, Map<String, Object>> countries) {
            if (!row.cell(0).strip().equals("MCS" + edition)) {
                throw new RowRejected("DataSource '%s' is not this file's edition MCS%d".formatted(row.cell(0), edition));
            }
            if (!row.cell(1).strip().equalsIgnoreCase(mineral.commodity)) {
                throw new RowRejected("Commodity '%s' is not this file's %s".formatted(row.cell(1), mineral.commodity));
            }
            int year;
            try {
                year = Integer.parseInt(row.cell(2).strip());
            } catch (NumberFormatException e) {
                throw new RowRejected("Year '%s' is not a year".formatted(row.cell(2)));
            }
            var us = Place.of("United States", countries);
            var stats = new ArrayList<Map<String, Object>>();
            for (var column : columns) {
                var cell = Cell.parse(column.series(), row.cell(column.index()));
                if (cell != null) {
                    stats.add(stat(mineral, column.metric(), year, us, edition, column.series(), column.unit(), cell,
                            column.header().equals(column.series()) ? "US salient statistics"
                                    : "US salient statistics; column '" + column.header() + "' (twice in the file), "
                                            + column.unit() + " by its position",
                            claims, file + " line " + row.line() + ", column " + (column.index() + 1) + " "
                                    + column.header()));
                }
            }
            return stats;
        }
    }
}
