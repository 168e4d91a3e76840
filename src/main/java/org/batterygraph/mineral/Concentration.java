package org.batterygraph.mineral;

import java.util.List;

import org.batterygraph.material.Material;
import org.batterygraph.model.Metric;
import org.batterygraph.place.Country;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("""
        How concentrated a material's supply is for one metric, edition and data year: shares by country, the top \
        share and the Herfindahl-Hirschman index (sum of squared percentage shares, 0-10,000; above 2,500 is highly \
        concentrated). Computed over the countries the source lists with a number, so the HHI is a lower bound: \
        `coverage` says how much of the world total they hold and `leftOut` which figures of the table are not in \
        the shares (withheld or bounded cells, the "Other countries" line).""")
public record Concentration(
        @NonNull Material material,
        @NonNull Metric metric,
        @NonNull String edition,
        @NonNull Integer year,
        @NonNull String unit,
        @Description("World total in `unit`; null for refining shares, which are already percentages") Double worldTotal,
        @NonNull @Description("Largest first") List<@NonNull CountryShare> shares,
        @NonNull Double topShare,
        @NonNull @Description("The country of the top share (the first of equal largest shares by id)") Country topCountry,
        @NonNull Double hhi,
        @NonNull @Description("Sum of the listed shares, 0..1") Double coverage,
        @NonNull @Description("How many countries the shares count (those with a number)") Integer countries,
        @NonNull @Description("""
                The table's figures of this edition and year that the shares leave out: countries whose cell is not \
                a number (withheld W, NA, a bound, in the world total) and the "Other countries" line""") List<@NonNull ProductionStat> leftOut) {

    public Concentration {
        shares = List.copyOf(shares);
        leftOut = List.copyOf(leftOut);
    }

    static Concentration from(Value v) {
        return new Concentration(Material.from(v.get("material")), Metric.valueOf(v.get("metric").asString()),
                v.get("edition").asString(), v.get("year").asInt(), v.get("unit").asString(),
                v.get("worldTotal").isNull() ? null : v.get("worldTotal").asDouble(),
                v.get("shares").asList(CountryShare::from), v.get("topShare").asDouble(),
                Country.from(v.get("topCountry")), v.get("hhi").asDouble(), v.get("coverage").asDouble(),
                v.get("countries").asInt(), v.get("leftOut").asList(ProductionStat::from));
    }

    /**
     * Cypher subquery body choosing, for material {@code m}, the edition and data year of $metric that
     * {@link #OF_M} computes: $year and $edition when given, else the latest edition and its latest year. Here and in
     * {@link #OF_M} the statistics are matched unlabelled from the material (only statistics hang off OF_MATERIAL), so
     * that the planner expands from the material rather than scanning the production_stat_lookup index and joining.
     */
    static final String LATEST_OF_M = """
            MATCH (m)<-[:OF_MATERIAL]-(latest {metric: $metric})
            WHERE ($year IS NULL OR latest.year = $year) AND ($edition IS NULL OR latest.edition = $edition)
            RETURN latest.edition AS edition, latest.year AS year ORDER BY edition DESC, year DESC LIMIT 1
            """;

    /**
     * Cypher subquery body returning {@code concentration} (a map, or null when the figures allow no shares) and
     * {@code reason} (why it is null) of material {@code m} for $metric, {@code edition} and {@code year}. Refining
     * values are already percentage shares. Only numbers count: a withheld or bounded figure (no value) and the
     * "Other countries" line of the USGS tables are left out of the shares and listed in {@code leftOut}.
     */
    static final String OF_M = """
            WITH m, edition, year, COLLECT {
              MATCH (m)<-[:OF_MATERIAL]-(p {metric: $metric, edition: edition, year: year})
              OPTIONAL MATCH (p)-[:FOR_COUNTRY]->(c:Country)
              RETURN {stat: p, material: m, country: c, source: COLLECT { MATCH (p)-[:STATED_IN]->(s:Source) RETURN s }[0],
                      record: %s} AS row
              ORDER BY p.value DESC, c.id
            } AS rows
            WITH m, edition, year,
                 [r IN rows WHERE r.country IS NULL AND r.stat.scope = 'World'][0] AS world,
                 [r IN rows WHERE r.country IS NOT NULL AND r.stat.value IS NOT NULL] AS byCountry,
                 [r IN rows WHERE (r.country IS NOT NULL AND r.stat.value IS NULL) OR r.stat.scope = 'Other'] AS leftOut
            WITH m, edition, year, world, byCountry, leftOut,
                 CASE WHEN $metric = 'Refining' THEN 100.0 ELSE world.stat.value END AS denominator
            WITH m, edition, year, world, leftOut, denominator, byCountry[0].stat.unit AS unit,
                 [r IN byCountry | {country: r.country, value: r.stat.value, share: r.stat.value / denominator, source: r.source}] AS shares
            RETURN CASE WHEN denominator IS NULL OR size(shares) = 0 THEN null ELSE
                     {material: m, metric: $metric, edition: edition, year: year, unit: unit,
                      worldTotal: CASE WHEN $metric = 'Refining' THEN null ELSE denominator END,
                      shares: shares, topShare: shares[0].share, topCountry: shares[0].country, countries: size(shares),
                      hhi: reduce(h = 0.0, s IN shares | h + (100.0 * s.share) ^ 2),
                      coverage: reduce(t = 0.0, s IN shares | t + s.share), leftOut: leftOut} END AS concentration,
                   CASE WHEN size(shares) = 0 THEN 'no country figure of this edition and year is a number'
                        WHEN world IS NULL AND denominator IS NULL THEN 'no world total of this edition and year'
                        WHEN denominator IS NULL THEN 'the world total of this edition and year is not a number'
                          + coalesce(' (reported ' + world.stat.reported + ')', '') END AS reason
            """.formatted(ProductionStat.RECORD);
}
