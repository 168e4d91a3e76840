package org.batterygraph.policy;

import static org.batterygraph.neo4j.Values.integer;
import static org.batterygraph.neo4j.Values.number;
import static org.batterygraph.neo4j.Values.string;

import org.batterygraph.source.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("""
        One quarter of a dataset's federal investment in a category (tax credits, grants, loans), in million 2023 US \
        dollars, tagged with the release it comes from. A category groups several tax-credit sections or programmes: \
        its figure is the category's, not one policy's.""")
public record InvestmentStat(
        @Id @NonNull String id,
        @NonNull @Description("Manufacturing, Energy and Industry or Retail, as the dataset names it") String segment,
        @NonNull @Description("e.g. Advanced Manufacturing Tax Credits, as the dataset names it") String category,
        @NonNull @Description("YYYY-Qn, e.g. 2024-Q4") String quarter,
        @NonNull Integer year,
        @NonNull Double value,
        @NonNull String unit,
        @NonNull @Description("The dataset's release, e.g. 2024_Q4.20250218.0") String edition,
        Source source) {

    /** From a map {stat, source} returned by this feature's queries. */
    static InvestmentStat from(Value row) {
        var i = row.get("stat");
        return new InvestmentStat(string(i, "id"), string(i, "segment"), string(i, "category"), string(i, "quarter"),
                integer(i, "year"), number(i, "value"), string(i, "unit"), string(i, "edition"),
                row.get("source").isNull() ? null : Source.from(row.get("source")));
    }
}
