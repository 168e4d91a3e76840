package org.batterygraph.facility;

import java.util.List;

import org.batterygraph.model.CapacityUnit;
import org.batterygraph.model.Term;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("Counts and sums over one group of facilities. Capacities are summed per unit, never across units.")
public record FacilityAggregate(
        @Description("The group's status, type, state code or country ISO code; null for facilities without one") String key,
        @NonNull Integer count,
        @NonNull Integer jobs,
        @NonNull Double investmentUsd,
        @NonNull List<@NonNull CapacityTotal> capacity) {

    public FacilityAggregate {
        capacity = List.copyOf(capacity);
    }

    static FacilityAggregate from(Value v) {
        return new FacilityAggregate(v.get("key").isNull() ? null : v.get("key").asString(), v.get("count").asInt(),
                v.get("jobs").asInt(), v.get("investmentUsd").asDouble(),
                v.get("capacity").asList(c -> new CapacityTotal(Term.of(CapacityUnit.class, c.get("unit").asString()), c.get("total").asDouble())));
    }

    public record CapacityTotal(@NonNull CapacityUnit unit, @NonNull Double total) {

        @NonNull
        @Description("The unit as people write it, e.g. GWh/yr")
        public String getUnitLabel() {
            return unit.label();
        }
    }
}
