package org.batterygraph.facility;

import static org.batterygraph.model.FieldNotes.BASIS;
import static org.batterygraph.model.FieldNotes.PRECISION;

import java.time.LocalDate;

import org.batterygraph.event.Event;
import org.batterygraph.model.DateBasis;
import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.FacilityStatus;
import org.batterygraph.model.Term;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A facility's status from a date on, and the event that set it.")
public record StatusChange(@NonNull LocalDate date, @Description(PRECISION) DatePrecision datePrecision,
        @Description(BASIS) DateBasis dateBasis, @NonNull FacilityStatus status, @NonNull Event event) {

    static StatusChange from(Value v) {
        var event = Event.from(v.get("event"));
        return new StatusChange(v.get("date").asLocalDate(), event.datePrecision(), event.dateBasis(),
                Term.of(FacilityStatus.class, v.get("status").asString()), event);
    }
}
