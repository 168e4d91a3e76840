package org.batterygraph.facility;

import java.time.LocalDate;

import org.batterygraph.event.Event;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A facility's status from a date on, and the event that set it.")
public record StatusChange(@NonNull LocalDate date, @NonNull String status, @NonNull Event event) {

    static StatusChange from(Value v) {
        return new StatusChange(v.get("date").asLocalDate(), v.get("status").asString(), Event.from(v.get("event")));
    }
}
