package org.batterygraph.mineral;

import org.batterygraph.place.Country;
import org.batterygraph.source.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("One country's part of a material's production, reserves or refining.")
public record CountryShare(@NonNull Country country, @NonNull Double value,
        @NonNull @Description("Share of the world total, 0..1") Double share, Source source) {

    static CountryShare from(Value v) {
        return new CountryShare(Country.from(v.get("country")), v.get("value").asDouble(), v.get("share").asDouble(),
                v.get("source").isNull() ? null : Source.from(v.get("source")));
    }
}
