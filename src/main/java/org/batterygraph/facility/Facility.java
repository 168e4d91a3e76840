package org.batterygraph.facility;

import static org.batterygraph.model.FieldNotes.BASIS;
import static org.batterygraph.model.FieldNotes.DISTANCE;
import static org.batterygraph.model.FieldNotes.PRECISION;
import static org.batterygraph.neo4j.Values.date;
import static org.batterygraph.neo4j.Values.integer;
import static org.batterygraph.neo4j.Values.number;
import static org.batterygraph.neo4j.Values.string;

import java.time.LocalDate;

import org.batterygraph.model.CapacityUnit;
import org.batterygraph.model.DateBasis;
import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.FacilityStatus;
import org.batterygraph.model.FacilityType;
import org.batterygraph.model.Term;
import org.batterygraph.node.Node;
import org.batterygraph.place.Location;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A mine, refinery, materials plant, cell gigafactory, recycling plant or research fab.")
public record Facility(
        @Id @NonNull String id,
        @NonNull String name,
        FacilityType type,
        FacilityStatus status,
        String city,
        String county,
        Double capacity,
        CapacityUnit capacityUnit,
        Double investmentUsd,
        Integer jobs,
        Double areaAcres,
        LocalDate announced,
        @Description(PRECISION) DatePrecision announcedPrecision,
        @Description(BASIS) DateBasis announcedBasis,
        LocalDate opened,
        @Description(PRECISION) DatePrecision openedPrecision,
        @Description(BASIS) DateBasis openedBasis,
        LocalDate cancelled,
        @Description(PRECISION) DatePrecision cancelledPrecision,
        @Description(BASIS) DateBasis cancelledBasis,
        @Description("Street address or approximate place, as the source gives it") String address,
        @Description("Latitude and longitude, where the dataset gives valid coordinates (Clean Investment Monitor rows with LatLon_Valid); null otherwise") Location location,
        @Description(DISTANCE) Double distanceKm,
        @Description("Estimated total CAPEX in million 2023 US dollars (Clean Investment Monitor: reported, extrapolated or modelled)") Double capexMusd2023,
        @Description("New, Expansion or Restart, as the dataset states it") String projectType,
        @Description("The dataset's technology detail, e.g. \"Cells, Modules\"") String subcategory,
        @Description("The Post-IRA dataset's product, e.g. \"Batteries: Cells; Batteries: Packs\"") String product,
        @Description("The band of the reported investment, e.g. \"100M - 1B\" (Post-IRA dataset)") String investmentBand,
        @Description("The band of the reported jobs, e.g. \"Less than 100\" (Post-IRA dataset)") String jobsBand,
        @Description("Pre-Inflation Reduction Act or Post-Inflation Reduction Act, as the Post-IRA dataset states it") String iraTimeline,
        @Description("The location is rounded to this many degrees (the Post-IRA dataset: 0.1); null when as given") Double locationRoundedDeg,
        @Description("How this node was reached from its parent field: the relationship and its provenance. Null for a root field.") Via via) implements Node {

    @Description("The capacity unit as people write it, e.g. GWh/yr")
    public String getCapacityUnitLabel() {
        return capacityUnit == null ? null : capacityUnit.label();
    }

    public static Facility from(Value n) {
        return from(n, null);
    }

    public static Facility from(Value n, Via via) {
        return new Facility(string(n, "id"),
                string(n, "name"),
                Term.of(FacilityType.class, string(n, "type")),
                Term.of(FacilityStatus.class, string(n, "status")),
                string(n, "city"),
                string(n, "county"),
                number(n, "capacity"),
                Term.of(CapacityUnit.class, string(n, "capacityUnit")),
                number(n, "investmentUsd"),
                integer(n, "jobs"),
                number(n, "areaAcres"),
                date(n, "announced"),
                Term.of(DatePrecision.class, string(n, "announcedPrecision")),
                Term.of(DateBasis.class, string(n, "announcedBasis")),
                date(n, "opened"),
                Term.of(DatePrecision.class, string(n, "openedPrecision")),
                Term.of(DateBasis.class, string(n, "openedBasis")),
                date(n, "cancelled"),
                Term.of(DatePrecision.class, string(n, "cancelledPrecision")),
                Term.of(DateBasis.class, string(n, "cancelledBasis")),
                string(n, "address"),
                Location.of(n.get("location")),
                number(n, "distanceKm"),
                number(n, "capexMusd2023"),
                string(n, "projectType"),
                string(n, "subcategory"),
                string(n, "product"),
                string(n, "investmentBand"),
                string(n, "jobsBand"),
                string(n, "iraTimeline"),
                number(n, "locationRoundedDeg"),
                via);
    }
}
