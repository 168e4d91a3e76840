package org.batterygraph.mineral;

import static org.batterygraph.neo4j.Values.integer;
import static org.batterygraph.neo4j.Values.number;
import static org.batterygraph.neo4j.Values.string;

import org.batterygraph.material.Material;
import org.batterygraph.model.Confidence;
import org.batterygraph.model.Metric;
import org.batterygraph.model.StatQualifier;
import org.batterygraph.model.Term;
import org.batterygraph.place.Country;
import org.batterygraph.provenance.Claim;
import org.batterygraph.source.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("""
        One number of a mineral statistics table: a metric for a material, a country (null = world total) and a \
        data year, tagged with the edition it comes from: a year that a later edition revised is one statistic per edition.""")
public record ProductionStat(
        @Id @NonNull String id,
        @NonNull Metric metric,
        @NonNull Integer year,
        @Description("The number; null when the source withheld it, does not have it or gives only a bound (see qualifier)") Double value,
        @Description("Why there is no exact value; null for an exact one") StatQualifier qualifier,
        @Description("The bound of a LowerBound or UpperBound value (>50: 50)") Double bound,
        @Description("The cell as the source prints it (W, NA, >50, 1,700), for imported tables") String reported,
        @Description("The table's column the value comes from (e.g. Imports_Ores_t), for imported tables") String series,
        @NonNull String unit,
        @NonNull @Description("e.g. MCS 2026, GCMO 2025") String edition,
        @Description("estimated, revised, lower bound, ...") String basis,
        @Description("high: read from a faithful copy of the publication; low: secondary or unverified") Confidence confidence,
        @Description("The row as the source states it") String quote,
        @NonNull Material material,
        @Description("Null for a world total") Country country,
        Source source,
        @Description("For an imported table: the file, line and column the value comes from (its Record claim's row)") Claim.DatasetRow record) {

    /** Cypher expression of statistic {@code p}'s Record claim (imported tables only; null for curated statistics). */
    static final String RECORD = "COLLECT { MATCH (p)<-[:ABOUT]-(rc:Claim) WHERE rc.recordKey IS NOT NULL RETURN rc }[0]";

    /** From a map {stat, material, country, source, record} returned by this feature's queries. */
    static ProductionStat from(Value row) {
        var p = row.get("stat");
        return new ProductionStat(string(p, "id"), Term.of(Metric.class, string(p, "metric")), integer(p, "year"),
                number(p, "value"), Term.of(StatQualifier.class, string(p, "qualifier")), number(p, "bound"),
                string(p, "reported"), string(p, "series"), string(p, "unit"), string(p, "edition"), string(p, "basis"),
                Term.of(Confidence.class, string(p, "confidence")), string(p, "quote"), Material.from(row.get("material")),
                row.get("country").isNull() ? null : Country.from(row.get("country")),
                row.get("source").isNull() ? null : Source.from(row.get("source")),
                row.get("record").isNull() ? null : Claim.DatasetRow.from(row.get("record")));
    }
}
