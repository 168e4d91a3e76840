package org.batterygraph.event;

import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.api.Selection;
import org.batterygraph.consortium.Consortium;
import org.batterygraph.facility.Facility;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.neo4j.HopSource;
import org.batterygraph.neo4j.Links;
import org.batterygraph.organization.Organization;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Context;

/** Pledges, cancellations, bankruptcies, openings, leadership changes, and who or what they involve. */
@GraphQLApi
public class EventApi implements HopSource {

    static final Hop ORGANIZATIONS = new Hop("Event.organizations", "(n)-[r:INVOLVES]->(m:Organization)");
    static final Hop FACILITIES = new Hop("Event.facilities", "(n)-[r:INVOLVES]->(m:Facility)");
    static final Hop CONSORTIA = new Hop("Event.consortia", "(n)-[r:INVOLVES]->(m:Consortium)");
    static final Hop OF_ORGANIZATION = new Hop("Organization.events", "(n)<-[r:INVOLVES]-(m:Event)");
    static final Hop OF_FACILITY = new Hop("Facility.events", "(n)<-[r:INVOLVES]-(m:Event)");


    private final Entities entities;
    private final Links links;
    private final Context context;

    EventApi(Entities entities, Links links, Context context) {
        this.links = links;
        this.entities = entities;
        this.context = context;
    }

    /** The relationship fields this feature serves, for the projection of nested selections. */
    @Override
    @Ignore
    public List<Hop> hops() {
        return List.of(ORGANIZATIONS, FACILITIES, CONSORTIA, OF_ORGANIZATION, OF_FACILITY);
    }

    @Query
    @Description("One event by id, e.g. \"event:koreplex-cancelled\"; null when there is none.")
    public Event event(@NonNull @Id String id) {
        return entities.byId(NodeKind.Event, id, Selection.of(context, null), Event::from).orElse(null);
    }

    @Query
    @Description("""
            Events matching `filter`, in `orderBy` order (default ID), a page at a time (first: 1 to 100, \
            default 20). `totalCount` is computed, in the same round trip, only when selected.""")
    public @NonNull EventPage events(Integer first, String after, EventFilter filter,
            @DefaultValue("ID") EventOrder orderBy) throws InvalidArgumentException {
        var page = entities.list(NodeKind.Event, EventFilter.conditions(filter), orderBy, PageRequest.of(first, after),
                Selection.of(context, "nodes"), Selection.includes(context, "totalCount"), Event::from);
        return new EventPage(page.items(), page.pageInfo(), page.totalCount());
    }

    @Description("Organizations the event involves.")
    public List<@NonNull List<@NonNull Organization>> organizations(@Source List<Event> events) {
        return links.related(ORGANIZATIONS, events, Event::id, Via.reached(Organization::from));
    }

    @Description("Facilities the event involves.")
    public List<@NonNull List<@NonNull Facility>> facilities(@Source List<Event> events) {
        return links.related(FACILITIES, events, Event::id, Via.reached(Facility::from));
    }

    @Description("Consortia the event involves.")
    public List<@NonNull List<@NonNull Consortium>> consortia(@Source List<Event> events) {
        return links.related(CONSORTIA, events, Event::id, Via.reached(Consortium::from));
    }

    @Description("Events involving the organization, ordered by name.")
    @Name("events")
    public List<@NonNull List<@NonNull Event>> organizationEvents(@Source List<Organization> organizations) {
        return links.related(OF_ORGANIZATION, organizations, Organization::id, Via.reached(Event::from));
    }

    @Description("Events involving the facility (announcement, opening, cancellation, ...).")
    @Name("events")
    public List<@NonNull List<@NonNull Event>> facilityEvents(@Source List<Facility> facilities) {
        return links.related(OF_FACILITY, facilities, Facility::id, Via.reached(Event::from));
    }
}