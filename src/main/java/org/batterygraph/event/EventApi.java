package org.batterygraph.event;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.consortium.Consortium;
import org.batterygraph.facility.Facility;
import org.batterygraph.neo4j.Cypher;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.model.NodeKind;
import org.batterygraph.organization.Organization;
import org.batterygraph.model.EventType;
import org.batterygraph.model.Term;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Pledges, cancellations, bankruptcies, openings, leadership changes, and who or what they involve. */
@GraphQLApi
public class EventApi {

    static final Hop ORGANIZATIONS = new Hop("Event.organizations", "(n)-[r:INVOLVES]->(m:Organization)");
    static final Hop FACILITIES = new Hop("Event.facilities", "(n)-[r:INVOLVES]->(m:Facility)");
    static final Hop CONSORTIA = new Hop("Event.consortia", "(n)-[r:INVOLVES]->(m:Consortium)");
    static final Hop OF_ORGANIZATION = new Hop("Organization.events", "(n)<-[r:INVOLVES]-(m:Event)");
    static final Hop OF_FACILITY = new Hop("Facility.events", "(n)<-[r:INVOLVES]-(m:Event)");

    static final Cypher.Query LIST = new Cypher.Query("Event.list", """
            MATCH (n:Event)
            WHERE n.id > $after AND ($type IS NULL OR n.type = $type)
              AND ($from IS NULL OR n.date >= $from) AND ($to IS NULL OR n.date <= $to)
            RETURN n ORDER BY n.id LIMIT $limit
            """);

    private final Entities entities;

    EventApi(Entities entities) {
        this.entities = entities;
    }

    @Query
    @Description("One event by id, e.g. \"event:koreplex-cancelled\"; null when there is none.")
    public Event event(@NonNull @Id String id) {
        return entities.byId(NodeKind.Event, id, Event::from).orElse(null);
    }

    @Query
    @Description("Events ordered by id, a page at a time (first: 1 to 100, default 20), optionally by type and date range.")
    public @NonNull EventPage events(Integer first, String after,
            EventType type,
            @Description("Earliest date, inclusive") LocalDate from,
            @Description("Latest date, inclusive") LocalDate to) throws InvalidArgumentException {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidArgumentException("from must not be after to");
        }
        var filters = new HashMap<String, Object>();
        filters.put("type", Term.storedOrNull(type));
        filters.put("from", from);
        filters.put("to", to);
        var slice = entities.page(LIST, filters, PageRequest.of(first, after), Event::from);
        return new EventPage(slice.items(), slice.pageInfo());
    }

    @Description("Organizations the event involves.")
    public List<@NonNull List<@NonNull Organization>> organizations(@Source List<Event> events) {
        return entities.related(ORGANIZATIONS, events, Event::id, Organization::from);
    }

    @Description("Facilities the event involves.")
    public List<@NonNull List<@NonNull Facility>> facilities(@Source List<Event> events) {
        return entities.related(FACILITIES, events, Event::id, Facility::from);
    }

    @Description("Consortia the event involves.")
    public List<@NonNull List<@NonNull Consortium>> consortia(@Source List<Event> events) {
        return entities.related(CONSORTIA, events, Event::id, Consortium::from);
    }

    @Description("Events involving the organization, ordered by name.")
    @Name("events")
    public List<@NonNull List<@NonNull Event>> organizationEvents(@Source List<Organization> organizations) {
        return entities.related(OF_ORGANIZATION, organizations, Organization::id, Event::from);
    }

    @Description("Events involving the facility (announcement, opening, cancellation, ...).")
    @Name("events")
    public List<@NonNull List<@NonNull Event>> facilityEvents(@Source List<Facility> facilities) {
        return entities.related(OF_FACILITY, facilities, Facility::id, Event::from);
    }
}
