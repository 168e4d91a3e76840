package org.batterygraph.mineral;

import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

import org.batterygraph.material.Material;
import org.batterygraph.neo4j.Cypher;
import org.batterygraph.place.Country;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Mine production, reserves, refining shares and import reliance by material, country and year. */
@GraphQLApi
public class MineralApi {

    private static final String FILTER = """
            WHERE ($metric IS NULL OR p.metric = $metric) AND ($year IS NULL OR p.year = $year)
              AND ($edition IS NULL OR p.edition = $edition)""";

    static final Cypher.Query OF_MATERIAL = new Cypher.Query("Material.productionStats", """
            UNWIND $ids AS id
            MATCH (m:Material {id: id})
            RETURN id, COLLECT {
              MATCH (m)<-[:OF_MATERIAL]-(p:ProductionStat)
              %s
              RETURN {stat: p, material: m, country: COLLECT { MATCH (p)-[:FOR_COUNTRY]->(c) RETURN c }[0],
                      source: COLLECT { MATCH (p)-[:STATED_IN]->(s) RETURN s }[0]} AS row
              ORDER BY p.metric, p.year DESC, p.edition DESC, p.value DESC
            } AS rows
            """.formatted(FILTER));

    static final Cypher.Query FOR_COUNTRY = new Cypher.Query("Country.productionStats", """
            UNWIND $ids AS id
            MATCH (c:Country {id: id})
            RETURN id, COLLECT {
              MATCH (c)<-[:FOR_COUNTRY]-(p:ProductionStat)-[:OF_MATERIAL]->(m:Material)
              %s
              RETURN {stat: p, material: m, country: c,
                      source: COLLECT { MATCH (p)-[:STATED_IN]->(s) RETURN s }[0]} AS row
              ORDER BY p.metric, p.year DESC, p.edition DESC, p.value DESC
            } AS rows
            """.formatted(FILTER));

    private final Cypher cypher;

    MineralApi(Cypher cypher) {
        this.cypher = cypher;
    }

    @Description("Statistics of this material by country (and world totals), largest first within a metric and year.")
    @Name("productionStats")
    public List<@NonNull List<@NonNull ProductionStat>> materialStats(@Source List<Material> materials,
            Metric metric, Integer year, String edition) {
        return stats(OF_MATERIAL, materials, Material::id, metric, year, edition);
    }

    @Description("Statistics of this country, across materials, largest first within a metric and year.")
    @Name("productionStats")
    public List<@NonNull List<@NonNull ProductionStat>> countryStats(@Source List<Country> countries,
            Metric metric, Integer year, String edition) {
        return stats(FOR_COUNTRY, countries, Country::id, metric, year, edition);
    }

    private <P> List<List<ProductionStat>> stats(Cypher.Query query, List<P> parents, Function<P, String> id,
            Metric metric, Integer year, String edition) {
        var parameters = new HashMap<String, Object>();
        parameters.put("ids", parents.stream().map(id).toList());
        parameters.put("metric", metric == null ? null : metric.name());
        parameters.put("year", year);
        parameters.put("edition", edition);
        var byParent = new HashMap<String, List<ProductionStat>>();
        cypher.read(query, parameters).forEach(r -> byParent.put(r.get("id").asString(), r.get("rows").asList(ProductionStat::from)));
        return parents.stream().map(p -> byParent.getOrDefault(id.apply(p), List.of())).toList();
    }
}
