package org.batterygraph.mineral;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("One year of a concentration series: the concentration of one edition's figures, or why there is none.")
public record ConcentrationPoint(
        @NonNull Integer year,
        @NonNull String edition,
        @Description("Null when the edition's figures for the year do not allow shares (see `reason`)") Concentration concentration,
        @Description("Why `concentration` is null (no country figure is a number, or the world total is not one); null otherwise") String reason) {

    static ConcentrationPoint from(org.neo4j.driver.Record r) {
        Value c = r.get("concentration");
        return new ConcentrationPoint(r.get("year").asInt(), r.get("edition").asString(),
                c.isNull() ? null : Concentration.from(c), r.get("reason").isNull() ? null : r.get("reason").asString());
    }
}
