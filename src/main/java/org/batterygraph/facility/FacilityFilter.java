package org.batterygraph.facility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.model.EventType;
import org.batterygraph.model.FacilityStatus;
import org.batterygraph.model.FacilityType;
import org.batterygraph.model.Term;
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
        LocalDate cancelledFrom, LocalDate cancelledTo) {

    static final FacilityFilter NONE = new FacilityFilter(null, null, null, null, null, null, null, null, null, null);

    /**
     * The Cypher predicate on facility {@code n} for the filters that are set: constant conditions joined with AND,
     * values only as parameters. Leaving out the unset ones (rather than {@code $x IS NULL OR ...}) lets the planner
     * start from an index (status, type) and keeps the id order of the unique index.
     */
    static String predicate(FacilityFilter filter) {
        var f = filter == null ? NONE : filter;
        var conditions = new ArrayList<String>();
        if (f.status != null) {
            conditions.add(f.statusOn == null ? "n.status = $status" : """
                    COLLECT {
                      MATCH (n)<-[:INVOLVES]-(e:Event)
                      WHERE e.date <= $statusOn AND e.type IN keys($statusOf)
                      RETURN $statusOf[e.type] ORDER BY e.date DESC LIMIT 1
                    }[0] = $status""");
        }
        add(conditions, f.type, "n.type = $type");
        add(conditions, f.state, "EXISTS { (n)-[:LOCATED_IN]->(:Subdivision {id: $state}) }");
        add(conditions, f.country, "EXISTS { (n)-[:LOCATED_IN]->()-[:PART_OF*0..1]->(:Country {id: $country}) }");
        add(conditions, f.material, "EXISTS { (n)-[:PRODUCES|CONSUMES]->(:Material {id: $material}) }");
        add(conditions, f.announcedFrom, "n.announced >= $announcedFrom");
        add(conditions, f.announcedTo, "n.announced <= $announcedTo");
        add(conditions, f.cancelledFrom, "n.cancelled >= $cancelledFrom");
        add(conditions, f.cancelledTo, "n.cancelled <= $cancelledTo");
        return conditions.isEmpty() ? "true" : String.join("\n  AND ", conditions);
    }

    private static void add(List<String> conditions, Object value, String condition) {
        if (value != null) {
            conditions.add(condition);
        }
    }

    static Map<String, Object> parameters(FacilityFilter filter) throws InvalidArgumentException {
        var f = filter == null ? NONE : filter;
        if (before(f.announcedTo, f.announcedFrom) || before(f.cancelledTo, f.cancelledFrom)) {
            throw new InvalidArgumentException("a date range ends before it starts");
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("status", Term.storedOrNull(f.status));
        parameters.put("statusOn", f.statusOn);
        parameters.put("statusOf", EventType.statusChanges());
        parameters.put("type", Term.storedOrNull(f.type));
        parameters.put("country", f.country);
        parameters.put("state", f.state);
        parameters.put("material", f.material);
        parameters.put("announcedFrom", f.announcedFrom);
        parameters.put("announcedTo", f.announcedTo);
        parameters.put("cancelledFrom", f.cancelledFrom);
        parameters.put("cancelledTo", f.cancelledTo);
        return parameters;
    }

    private static boolean before(LocalDate to, LocalDate from) {
        return to != null && from != null && to.isBefore(from);
    }
}
