package org.batterygraph.mineral;

import java.util.List;

import org.batterygraph.material.Material;
import org.batterygraph.model.Metric;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("""
        How concentrated a material's supply is for one metric, edition and data year: shares by country, the top \
        share and the Herfindahl-Hirschman index (sum of squared percentage shares, 0-10,000; above 2,500 is highly \
        concentrated). Computed over the countries the source lists, so the HHI is a lower bound and `coverage` says \
        how much of the world total they hold.""")
public record Concentration(
        @NonNull Material material,
        @NonNull Metric metric,
        @NonNull String edition,
        @NonNull Integer year,
        @NonNull String unit,
        @Description("World total in `unit`; null for refining shares, which are already percentages") Double worldTotal,
        @NonNull @Description("Largest first") List<@NonNull CountryShare> shares,
        @NonNull Double topShare,
        @NonNull Double hhi,
        @NonNull @Description("Sum of the listed shares, 0..1") Double coverage) {

    public Concentration {
        shares = List.copyOf(shares);
    }

    static Concentration from(Value v) {
        return new Concentration(Material.from(v.get("material")), Metric.valueOf(v.get("metric").asString()),
                v.get("edition").asString(), v.get("year").asInt(), v.get("unit").asString(),
                v.get("worldTotal").isNull() ? null : v.get("worldTotal").asDouble(),
                v.get("shares").asList(CountryShare::from), v.get("topShare").asDouble(), v.get("hhi").asDouble(),
                v.get("coverage").asDouble());
    }

    /**
     * Cypher subquery body computing the concentration map of material {@code m} for $metric, $year, $edition
     * (latest edition and year when null). Refining values are already percentage shares. Only numbers count: a
     * withheld or bounded figure (no value) and the "Other countries" line of the USGS tables are left out.
     */
    static final String OF_M = """
            CALL (m) {
              MATCH (m)<-[:OF_MATERIAL]-(latest:ProductionStat {metric: $metric})
              WHERE ($year IS NULL OR latest.year = $year) AND ($edition IS NULL OR latest.edition = $edition)
              RETURN latest.edition AS edition, latest.year AS year ORDER BY edition DESC, year DESC LIMIT 1
            }
            MATCH (m)<-[:OF_MATERIAL]-(p:ProductionStat {metric: $metric, edition: edition, year: year})
            WHERE p.value IS NOT NULL AND coalesce(p.scope, '') <> 'Other'
            OPTIONAL MATCH (p)-[:FOR_COUNTRY]->(c:Country)
            WITH m, edition, year, p, c, COLLECT { MATCH (p)-[:STATED_IN]->(s:Source) RETURN s }[0] AS source
            ORDER BY p.value DESC, c.id
            WITH m, edition, year, collect({stat: p, country: c, source: source}) AS rows
            WITH m, edition, year, rows, [r IN rows WHERE r.country IS NULL][0].stat.value AS worldTotal
            WITH m, edition, year, rows[0].stat.unit AS unit, worldTotal,
                 CASE WHEN $metric = 'Refining' THEN 100.0 ELSE worldTotal END AS denominator,
                 [r IN rows WHERE r.country IS NOT NULL] AS byCountry
            WHERE denominator IS NOT NULL AND size(byCountry) > 0
            WITH m, edition, year, unit, CASE WHEN $metric = 'Refining' THEN null ELSE worldTotal END AS worldTotal,
                 [r IN byCountry | {country: r.country, value: r.stat.value, share: r.stat.value / denominator, source: r.source}] AS shares
            RETURN {material: m, metric: $metric, edition: edition, year: year, unit: unit, worldTotal: worldTotal,
                    shares: shares, topShare: shares[0].share,
                    hhi: reduce(h = 0.0, s IN shares | h + (100.0 * s.share) ^ 2),
                    coverage: reduce(t = 0.0, s IN shares | t + s.share)} AS concentration
            """;
}
