package org.batterygraph.mineral;

import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageInfo;
import org.batterygraph.api.PageRequest;
import org.batterygraph.material.Material;
import org.batterygraph.model.MaterialKind;
import org.batterygraph.model.Metric;
import org.batterygraph.neo4j.Cypher;
import org.batterygraph.neo4j.Links;
import org.batterygraph.place.Country;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Mine production, reserves, refining shares and import reliance by material, country and year. */
@GraphQLApi
public class MineralApi {

    private static final String ROW = """
            {stat: p, material: m, country: COLLECT { MATCH (p)-[:FOR_COUNTRY]->(c) RETURN c }[0],
             source: COLLECT { MATCH (p)-[:STATED_IN]->(s) RETURN s }[0], record: %s}""".formatted(ProductionStat.RECORD);
    private static final String ORDER = "ORDER BY p.metric, p.year DESC, p.edition DESC, coalesce(p.value, p.bound) DESC, p.id";

    static final Cypher.Query OF_MATERIAL = new Cypher.Query("Material.productionStats", """
            UNWIND $ids AS id
            MATCH (m:Material {id: id})
            RETURN id, COLLECT {
              MATCH (m)<-[:OF_MATERIAL]-(p:ProductionStat)
              RETURN %s AS row %s
            } AS rows
            """.formatted(ROW, ORDER));

    static final Cypher.Query FOR_COUNTRY = new Cypher.Query("Country.productionStats", """
            UNWIND $ids AS id
            MATCH (c:Country {id: id})
            RETURN id, COLLECT {
              MATCH (c)<-[:FOR_COUNTRY]-(p:ProductionStat)-[:OF_MATERIAL]->(m:Material)
              RETURN %s AS row %s
            } AS rows
            """.formatted(ROW, ORDER));

    // The CALL and the unlabelled p fix the plan: materials first (few), then an expand to their statistics
    // (only statistics hang off OF_MATERIAL). With a label on p the planner flips, run to run, to an index scan
    // of all statistics joined back, at ten times the db hits.
    static final Cypher.Query LIST = new Cypher.Query("Mineral.productionStats", """
            MATCH (m:Material)
            WHERE $material IS NULL OR m.id = $material
            CALL (m) {
              MATCH (m)<-[:OF_MATERIAL]-(p)
              WHERE ($metric IS NULL OR p.metric = $metric) AND ($year IS NULL OR p.year = $year)
                AND ($edition IS NULL OR p.edition = $edition)
                AND ($country IS NULL OR EXISTS { (p)-[:FOR_COUNTRY]->(:Country {id: $country}) })
              RETURN p
            }
            WITH p, m %s
            LIMIT $limit
            RETURN %s AS row
            """.formatted(ORDER, ROW));

    /**
     * A time series, from where its filter lets it start (the material, else the country, else the statistics of a
     * metric): per series key and year the editions newest first, the newest kept for LATEST; then in series order,
     * counted, and one page of it with each statistic's country, source and record.
     */
    private static final String SERIES = """
            %s
            WHERE %s
            WITH n, m, COLLECT { MATCH (n)-[:FOR_COUNTRY]->(c:Country) RETURN c }[0] AS c
            ORDER BY n.edition DESC
            WITH m, c, n.metric AS metric, n.scope AS scope, n.series AS series, n.unit AS unit, n.year AS year,
                 collect(n) AS editions
            UNWIND CASE WHEN $latest THEN editions[0..1] ELSE editions END AS p
            WITH m, c, p ORDER BY m.id, p.metric, c.id, p.scope, p.series, p.unit, p.year, p.edition
            WITH collect({p: p, m: m, c: c}) AS points
            WITH size(points) AS total, points[$offset..$offset + $first] AS page
            CALL (page) {
              UNWIND page AS point
              WITH point.p AS p, point.m AS m, point.c AS c
              RETURN collect({stat: p, material: m, country: c, source: COLLECT { MATCH (p)-[:STATED_IN]->(s:Source) RETURN s }[0],
                              record: %s}) AS rows
            }
            RETURN total, rows
            """;
    static final String FROM_MATERIAL = "MATCH (m:Material {id: $material})<-[:OF_MATERIAL]-(n)";
    static final String FROM_COUNTRY = "MATCH (:Country {id: $country})<-[:FOR_COUNTRY]-(n)-[:OF_MATERIAL]->(m:Material)";
    static final String FROM_STATISTICS = "MATCH (n:ProductionStat)-[:OF_MATERIAL]->(m:Material)";

    static final Cypher.Query CONCENTRATION = new Cypher.Query("Mineral.concentration", """
            MATCH (m:Material {id: $material})
            CALL (m) {
            %s
            }
            CALL (m, edition, year) {
            %s
            }
            WITH concentration WHERE concentration IS NOT NULL
            RETURN concentration
            """.formatted(Concentration.LATEST_OF_M, Concentration.OF_M));

    static final Cypher.Query CONCENTRATION_SERIES = new Cypher.Query("Mineral.concentrationSeries", """
            MATCH (m:Material {id: $material})
            CALL (m) {
              MATCH (m)<-[:OF_MATERIAL]-(p {metric: $metric})
              WHERE ($fromYear IS NULL OR p.year >= $fromYear) AND ($toYear IS NULL OR p.year <= $toYear)
              WITH DISTINCT p.year AS year, p.edition AS edition
              ORDER BY year, edition DESC
              WITH year, collect(edition) AS editions
              UNWIND CASE WHEN $latest THEN editions[0..1] ELSE editions END AS edition
              RETURN year, edition
            }
            CALL (m, edition, year) {
            %s
            }
            RETURN year, edition, concentration, reason
            ORDER BY year, edition
            """.formatted(Concentration.OF_M));

    static final Cypher.Query EXPOSURE = new Cypher.Query("Mineral.exposure", """
            MATCH (x:Entity {id: $id})
            WHERE x:Facility OR x:Organization
            CALL (x) {
              MATCH (x:Facility) RETURN x AS f
              UNION
              MATCH (x:Organization)-[:OPERATES]->(f:Facility) RETURN f
            }
            MATCH (f)-[:CONSUMES|PRODUCES]->(:Material)<-[:INPUT_TO*0..6]-(m:Material)
            WHERE m.kind = $mineral OR EXISTS { (m)<-[:OF_MATERIAL]-({metric: $metric}) }
            WITH DISTINCT x, m
            WITH x, m, COLLECT {
              CALL (m) {
              %s
              }
              CALL (m, edition, year) {
              %s
              }
              RETURN concentration
            }[0] AS concentration
            WITH x, m, concentration ORDER BY concentration.hhi DESC, concentration.material.id, m.name, m.id
            RETURN x.id AS id, x.name AS name, collect(concentration) AS materials,
                   collect(CASE WHEN concentration IS NULL THEN m END) AS noData
            """.formatted(Concentration.LATEST_OF_M, Concentration.OF_M));

    private final Cypher cypher;
    private final Links links;

    MineralApi(Cypher cypher, Links links) {
        this.cypher = cypher;
        this.links = links;
    }

    @Query
    @Description("""
            Concentration of a material's supply: shares by country, top share, HHI and world total for a metric \
            shared among countries (not NetImportReliance), data year and edition (latest when omitted), with the source of \
            every number. Null when the graph has no such numbers.""")
    public Concentration concentration(@NonNull @Id String material, @NonNull Metric metric, Integer year,
            String edition) throws InvalidArgumentException {
        var parameters = statParameters(metric, year, edition);
        parameters.put("material", material);
        return cypher.read(CONCENTRATION, parameters).stream().findFirst()
                .map(r -> Concentration.from(r.get("concentration"))).orElse(null);
    }

    @Query
    @Description("""
            Exposure of a facility, or of an organization through the facilities it operates, to the countries that \
            mine (metric MineProduction) or refine (metric Refining) the minerals it depends on: every mineral upstream of \
            what it consumes or produces, with the countries' shares, top share and HHI, most concentrated first; \
            the upstream minerals without numbers for the metric are listed in `noData`, not left out.""")
    public Exposure exposure(@NonNull @Id String id, @DefaultValue("MineProduction") Metric metric)
            throws InvalidArgumentException {
        var parameters = statParameters(metric, null, null);
        parameters.put("id", id);
        parameters.put("mineral", MaterialKind.Mineral.stored());
        return cypher.read(EXPOSURE, parameters).stream().findFirst()
                .map(r -> new Exposure(r.get("id").asString(), r.get("name").asString(),
                        r.get("materials").asList(Concentration::from), r.get("noData").asList(Material::from)))
                .orElse(null);
    }

    @Query
    @Description("""
            Concentration per data year of a material's supply for a metric shared among countries (default \
            MineProduction): per year the newest edition's figures (editions: LATEST, the default) or every edition's \
            (ALL: a revised year once per edition), oldest year first. A year whose figures allow no shares (no world \
            total with a number, no country with one) is listed with `concentration` null and the `reason`.""")
    public @NonNull List<@NonNull ConcentrationPoint> concentrationSeries(@NonNull @Id String material,
            @DefaultValue("MineProduction") Metric metric, Integer fromYear, Integer toYear,
            @DefaultValue("LATEST") EditionChoice editions) throws InvalidArgumentException {
        if (fromYear != null && toYear != null && toYear < fromYear) {
            throw new InvalidArgumentException("toYear must not be below fromYear");
        }
        var parameters = statParameters(metric == null ? Metric.MineProduction : metric, null, null);
        parameters.put("fromYear", fromYear);
        parameters.put("toYear", toYear);
        parameters.put("material", material);
        parameters.put("latest", editions != EditionChoice.ALL);
        return cypher.read(CONCENTRATION_SERIES, parameters).stream().map(ConcentrationPoint::from).toList();
    }

    @Query
    @Description("""
            Statistics as time series: by material, metric, country, series and unit, then by year (oldest first); \
            per year the newest edition's figure (filter.editions LATEST, the default) or every edition's (ALL: a year \
            that a later edition revised shows both figures, each with its edition). A withheld or bounded figure stays \
            what the table prints (value null, qualifier, bound, reported), and each imported point names its file, \
            line and column (`record`). A page at a time (first: 1 to 100, default 20) with the total.""")
    public @NonNull ProductionSeriesPage productionSeries(ProductionSeriesFilter filter, Integer first, String after)
            throws InvalidArgumentException {
        var f = filter == null ? ProductionSeriesFilter.NONE : filter;
        var page = PageRequest.of(first, after);
        var conditions = f.conditions();
        // each start its own named statement: its own plan, and its own row in docs/queries.md's table of plans
        String start;
        String name;
        if (f.material() != null) {
            start = FROM_MATERIAL;
            name = "Mineral.productionSeries";
            conditions.when(f.country(), "country", "EXISTS { (n)-[:FOR_COUNTRY]->(:Country {id: $country}) }");
        } else if (f.country() != null) {
            start = FROM_COUNTRY;
            name = "Mineral.productionSeriesOfCountry";
        } else {
            start = FROM_STATISTICS;
            name = "Mineral.productionSeriesOfAll";
        }
        var parameters = new HashMap<String, Object>(conditions.parameters());
        parameters.put("material", f.material());
        parameters.put("country", f.country());
        parameters.put("offset", page.offset());
        parameters.put("first", page.first());
        var query = new Cypher.Query(name, SERIES.formatted(start, conditions.predicate(), ProductionStat.RECORD));
        var record = cypher.read(query, parameters).get(0);
        int total = record.get("total").asInt();
        var points = record.get("rows").asList(ProductionStat::from);
        int end = page.offset() + points.size();
        return new ProductionSeriesPage(points, new PageInfo(end < total, PageRequest.offsetCursor(end)), total);
    }

    private static HashMap<String, Object> statParameters(Metric metric, Integer year, String edition)
            throws InvalidArgumentException {
        if (!metric.shared()) {
            throw new InvalidArgumentException("concentration needs a metric shared among countries: " + Metric.sharedMetrics());
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("metric", metric.stored());
        parameters.put("year", year);
        parameters.put("edition", edition);
        return parameters;
    }

    @Query
    @Description("""
            Production statistics filtered by material, country, metric, data year and edition, ordered by metric, \
            year (latest first), edition and value (largest first; a bound at its bound); at most `first` rows (1 to 100).""")
    public @NonNull List<@NonNull ProductionStat> productionStats(@Id String material, @Id String country, Metric metric,
            Integer year, String edition, @DefaultValue("100") int first) throws InvalidArgumentException {
        var parameters = new HashMap<String, Object>();
        parameters.put("material", material);
        parameters.put("country", country);
        parameters.put("metric", metric == null ? null : metric.name());
        parameters.put("year", year);
        parameters.put("edition", edition);
        parameters.put("limit", PageRequest.of(first, null).first());
        return cypher.read(LIST, parameters).stream().map(r -> ProductionStat.from(r.get("row"))).toList();
    }

    // Batched fields take no arguments: SmallRye batches all aliases of a field into one call with the first
    // alias's arguments, so arguments would be silently wrong for the others. Filtered views are root fields.
    @Description("All statistics of this material by country (and world totals): by metric, latest year first, largest first (a bound at its bound).")
    @Name("productionStats")
    public List<@NonNull List<@NonNull ProductionStat>> materialStats(@Source List<Material> materials) {
        return stats(OF_MATERIAL, materials, Material::id);
    }

    @Description("All statistics of this country across materials: by metric, latest year first, largest first (a bound at its bound).")
    @Name("productionStats")
    public List<@NonNull List<@NonNull ProductionStat>> countryStats(@Source List<Country> countries) {
        return stats(FOR_COUNTRY, countries, Country::id);
    }

    private <P> List<List<ProductionStat>> stats(Cypher.Query query, List<P> parents, Function<P, String> id) {
        return links.listsPerParent(query, parents, id, "rows", ProductionStat::from);
    }
}
