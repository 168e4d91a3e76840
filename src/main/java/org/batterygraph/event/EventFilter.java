package org.batterygraph.event;

import java.time.LocalDate;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.model.EventType;
import org.batterygraph.neo4j.Conditions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which events a list covers; every field is optional and they combine with AND. */
@Input("EventFilter")
@Description("Which events to include; all fields optional, combined with AND. Ranges are inclusive.")
public record EventFilter(
        EventType type,
        @Description("Earliest date, inclusive") LocalDate from,
        @Description("Latest date, inclusive") LocalDate to,
        @Id @Description("Id of an entity the event involves (organization, facility, consortium, policy, award)") String involving) {

    static final EventFilter NONE = new EventFilter(null, null, null, null);

    /** The conditions on node {@code n} of the filters that are set, their values as parameters. */
    static Conditions conditions(EventFilter filter) throws InvalidArgumentException {
        var f = filter == null ? NONE : filter;
        return new Conditions()
                .when(f.type, "type", "n.type = $type")
                .range("date", "from", f.from, "to", f.to)
                .when(f.involving, "involving", "EXISTS { (n)-[:INVOLVES]->(:Entity {id: $involving}) }");
    }
}
