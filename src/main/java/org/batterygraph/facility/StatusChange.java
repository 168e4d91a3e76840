package org.batterygraph.facility;

import java.time.LocalDate;

import org.batterygraph.event.Event;
import org.batterygraph.model.FacilityStatus;
import org.batterygraph.model.Term;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A facility's status from a date on, and the event that set it.")
public record StatusChange(@NonNull LocalDate date, @NonNull FacilityStatus status, @NonNull Event event) {

    static StatusChange from(Value v) {
        return new StatusChange(v.get("date").asLocalDate(), Term.of(FacilityStatus.class, v.get("status").asString()), Event.from(v.get("event")));
    }
}
