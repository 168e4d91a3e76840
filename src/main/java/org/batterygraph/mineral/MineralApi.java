package org.batterygraph.mineral;

import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

import org.batterygraph.api.InvalidArgumentException;
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
             source: COLLECT { MATCH (p)-[:STATED_IN]->(s) RETURN s }[0]}""";
    private static final String ORDER = "ORDER BY p.metric, p.year DESC, p.edition DESC, p.value DESC, p.id";

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

    static final Cypher.Query CONCENTRATION = new Cypher.Query("Mineral.concentration", """
            MATCH (m:Material {id: $material})
            CALL (m) {
            %s
            }
            RETURN concentration
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
            WHERE m.kind = $mineral OR EXISTS { (m)<-[:OF_MATERIAL]-(:ProductionStat {metric: $metric}) }
            WITH DISTINCT x, m
            WITH x, m, COLLECT {
              CALL (m) {
              %s
              }
              RETURN concentration
            }[0] AS concentration
            WITH x, m, concentration ORDER BY concentration.hhi DESC, concentration.material.id, m.name, m.id
            RETURN x.id AS id, x.name AS name, collect(concentration) AS materials,
                   collect(CASE WHEN concentration IS NULL THEN m END) AS noData
            """.formatted(Concentration.OF_M));

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
            year (latest first), edition and value (largest first); at most `first` rows (1 to 100).""")
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
    @Description("All statistics of this material by country (and world totals): by metric, latest year first, largest first.")
    @Name("productionStats")
    public List<@NonNull List<@NonNull ProductionStat>> materialStats(@Source List<Material> materials) {
        return stats(OF_MATERIAL, materials, Material::id);
    }

    @Description("All statistics of this country across materials: by metric, latest year first, largest first.")
    @Name("productionStats")
    public List<@NonNull List<@NonNull ProductionStat>> countryStats(@Source List<Country> countries) {
        return stats(FOR_COUNTRY, countries, Country::id);
    }

    private <P> List<List<ProductionStat>> stats(Cypher.Query query, List<P> parents, Function<P, String> id) {
        return links.listsPerParent(query, parents, id, "rows", ProductionStat::from);
    }
}
