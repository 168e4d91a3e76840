package org.batterygraph.facility;

import java.time.LocalDate;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.model.EventType;
import org.batterygraph.model.FacilityStatus;
import org.batterygraph.model.FacilityType;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Conditions;
import org.batterygraph.place.Within;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which facilities a list or an aggregate covers; every field is optional and they combine with AND. */
@Input("FacilityFilter")
@Description("Which facilities to include; all fields optional, combined with AND. Dates are inclusive.")
public record FacilityFilter(
        @Description("The status; on `statusOn` when given") FacilityStatus status,
        @Description("Apply `status` to the status on this date, from the facility's dated events (its status history)") LocalDate statusOn,
        FacilityType type,
        @Id @Description("Country id, e.g. country:US (directly or through a subdivision)") String country,
        @Id @Description("Subdivision id, e.g. subdivision:US-GA") String state,
        @Id @Description("Material id the facility produces or consumes, e.g. material:lithium-carbonate") String material,
        LocalDate announcedFrom, LocalDate announcedTo,
        LocalDate cancelledFrom, LocalDate cancelledTo,
        @Description("Estimated total CAPEX of at least this many million 2023 US dollars (the Clean Investment Monitor's estimate, `capexMusd2023`)") Double capexFrom,
        @Description("Estimated total CAPEX of at most this many million 2023 US dollars (the Clean Investment Monitor's estimate, `capexMusd2023`)") Double capexTo,
        @Description("Where the facility is: a circle or a box around its `location`; facilities without one never match") Within within) {

    static final FacilityFilter NONE = new FacilityFilter(null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    /** The conditions on facility {@code n} of the filters that are set, their values as parameters. */
    static Conditions conditions(FacilityFilter filter) throws InvalidArgumentException {
        var f = filter == null ? NONE : filter;
        var conditions = new Conditions()
                .when(f.statusOn == null ? f.status : null, "status", "n.status = $status")
                .when(f.statusOn == null ? null : f.status, "status", """
                        COLLECT {
                          MATCH (n)<-[:INVOLVES]-(e:Event)
                          WHERE e.date <= $statusOn AND e.type IN keys($statusOf)
                          RETURN $statusOf[e.type] ORDER BY e.date DESC LIMIT 1
                        }[0] = $status""")
                .parameter("statusOn", f.statusOn)
                .parameter("statusOf", EventType.statusChanges())
                .when(f.type, "type", "n.type = $type")
                .when(f.state, "state", "EXISTS { (n)-[:LOCATED_IN]->(:Subdivision {id: $state}) }")
                .when(f.country, "country", "EXISTS { (n)-[:LOCATED_IN]->()-[:PART_OF*0..1]->(:Country {id: $country}) }")
                .when(f.material, "material", "EXISTS { (n)-[:PRODUCES|CONSUMES]->(:Material {id: $material}) }")
                .range("announced", "announcedFrom", f.announcedFrom, "announcedTo", f.announcedTo)
                .range("cancelled", "cancelledFrom", f.cancelledFrom, "cancelledTo", f.cancelledTo)
                .range("capexMusd2023", "capexFrom", f.capexFrom, "capexTo", f.capexTo);
        return Within.apply(f.within, conditions, NodeKind.Facility);
    }

    /** Whether the filter has a centre to measure distances from (orderBy DISTANCE, {@code distanceKm}). */
    static boolean hasCentre(FacilityFilter filter) {
        return filter != null && filter.within != null && filter.within.centre() != null;
    }
}
