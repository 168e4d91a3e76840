package org.batterygraph.facility;

import java.util.List;
import java.util.Map;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.api.Selection;
import org.batterygraph.material.Material;
import org.batterygraph.model.EventType;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Cypher;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.neo4j.HopSource;
import org.batterygraph.neo4j.Links;
import org.batterygraph.organization.Organization;
import org.batterygraph.place.Country;
import org.batterygraph.place.Subdivision;
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

/** Facilities, who runs and owns them, where they are and which materials go in and come out. */
@GraphQLApi
public class FacilityApi implements HopSource {

    static final Hop OPERATORS = new Hop("Facility.operators", "(n)<-[r:OPERATES]-(m:Organization)");
    static final Hop OWNERS = new Hop("Facility.owners", "(n)<-[r:OWNS]-(m:Organization)");
    static final Hop STATE = new Hop("Facility.state", "(n)-[r:LOCATED_IN]->(m:Subdivision)");
    static final Hop COUNTRY = new Hop("Facility.country", "(n)-[r:LOCATED_IN]->()-[:PART_OF*0..1]->(m:Country)");
    static final Hop PRODUCES = new Hop("Facility.produces", "(n)-[r:PRODUCES]->(m:Material)");
    static final Hop CONSUMES = new Hop("Facility.consumes", "(n)-[r:CONSUMES]->(m:Material)");
    static final Hop OPERATED = new Hop("Organization.facilities", "(n)-[r:OPERATES]->(m:Facility)");
    static final Hop IN_STATE = new Hop("Subdivision.facilities", "(n)<-[r:LOCATED_IN]-(m:Facility)");
    static final Hop IN_COUNTRY = new Hop("Country.facilities", "(n)<-[:PART_OF*0..1]-()<-[r:LOCATED_IN]-(m:Facility)");
    static final Hop PRODUCED_AT = new Hop("Material.producedAt", "(n)<-[r:PRODUCES]-(m:Facility)");
    static final Hop CONSUMED_AT = new Hop("Material.consumedAt", "(n)<-[r:CONSUMES]-(m:Facility)");

    /**
     * One row per facility and group key: the key is a property, or for a placement one row per distinct place
     * (a null key when there is none). Sums need these rows; counts alone use {@link #PLACED_COUNTS}.
     */
    private static final String ROWS = """
            MATCH (n:Facility)
            WHERE %s
            WITH n, %s AS key
            """;
    private static final String PLACED_ROWS = """
            MATCH (n:Facility)
            WHERE %s
            OPTIONAL MATCH %s
            WITH DISTINCT n, %s AS key
            """;
    private static final String SUMS = """
            WITH key, count(n) AS count, sum(coalesce(n.jobs, 0)) AS jobs,
                 sum(coalesce(n.investmentUsd, 0.0)) AS investmentUsd, collect(n) AS facilities
            CALL (facilities) {
              UNWIND facilities AS f
              WITH f WHERE f.capacity IS NOT NULL
              WITH f.capacityUnit AS unit, sum(f.capacity) AS total ORDER BY unit
              RETURN collect({unit: unit, total: total}) AS capacity
            }
            RETURN {key: key, count: count, jobs: jobs, investmentUsd: investmentUsd, capacity: capacity} AS aggregate
            ORDER BY count DESC, key
            """;
    /** Only key and count selected: the other fields are not computed (and not returned to the client). */
    private static final String COUNTS = """
            WITH key, count(n) AS count
            RETURN {key: key, count: count, jobs: 0, investmentUsd: 0.0, capacity: []} AS aggregate
            ORDER BY count DESC, key
            """;
    /**
     * Counts per place, the same as {@link #PLACED_ROWS} with {@link #COUNTS}, but matched from the places' side:
     * a place's relationships are grouped by type, a facility's are not, so this reads a tenth of the records
     * (docs/performance.md). The null group is the facilities that match minus those placed anywhere.
     */
    private static final String PLACED_COUNTS = """
            CALL () { MATCH (n:Facility) WHERE %1$s RETURN count(n) AS total }
            CALL () { MATCH %2$s WHERE %1$s RETURN count(DISTINCT n) AS placed }
            CALL () {
              MATCH %2$s WHERE %1$s
              WITH %3$s AS key, count(DISTINCT n) AS count
              RETURN collect({key: key, count: count}) AS groups
            }
            UNWIND groups + CASE WHEN total > placed THEN [{key: null, count: total - placed}] ELSE [] END AS g
            WITH g.key AS key, g.count AS count
            RETURN {key: key, count: count, jobs: 0, investmentUsd: 0.0, capacity: []} AS aggregate
            ORDER BY count DESC, key
            """;

    static final Cypher.Query STATUS_HISTORY = new Cypher.Query("Facility.statusHistory", """
            UNWIND $ids AS id
            MATCH (f:Facility {id: id})
            RETURN id, COLLECT {
              MATCH (f)<-[:INVOLVES]-(e:Event)
              WHERE e.date IS NOT NULL AND e.type IN keys($statusOf)
              RETURN {date: e.date, event: e, status: $statusOf[e.type]} AS change
              ORDER BY e.date, e.id
            } AS history
            """);

    private final Entities entities;
    private final Links links;
    private final Cypher cypher;
    private final Context context;

    FacilityApi(Entities entities, Links links, Cypher cypher, Context context) {
        this.links = links;
        this.entities = entities;
        this.cypher = cypher;
        this.context = context;
    }

    /** The relationship fields this feature serves, for the projection of nested selections. */
    @Override
    @Ignore
    public List<Hop> hops() {
        return List.of(OPERATORS, OWNERS, STATE, COUNTRY, PRODUCES, CONSUMES, OPERATED, IN_STATE, IN_COUNTRY, PRODUCED_AT, CONSUMED_AT);
    }

    @Query
    @Description("One facility by id, e.g. \"facility:koreplex\"; null when there is none.")
    public Facility facility(@NonNull @Id String id) {
        return entities.byId(NodeKind.Facility, id, Selection.of(context, null), Facility::from).orElse(null);
    }

    @Query
    @Description("""
            Facilities matching `filter`, in `orderBy` order (default ID), a page at a time (first: 1 to 100, \
            default 20). `totalCount` is computed, in the same round trip, only when selected.""")
    public @NonNull FacilityPage facilities(Integer first, String after, FacilityFilter filter,
            @DefaultValue("ID") FacilityOrder orderBy) throws InvalidArgumentException {
        if (orderBy == FacilityOrder.DISTANCE && !FacilityFilter.hasCentre(filter)) {
            throw new InvalidArgumentException("orderBy DISTANCE needs filter.within.centre");
        }
        var page = entities.list(NodeKind.Facility, FacilityFilter.conditions(filter), orderBy, PageRequest.of(first, after),
                Selection.of(context, "nodes"), Selection.includes(context, "totalCount"), Facility::from);
        return new FacilityPage(page.items(), page.pageInfo(), page.totalCount());
    }

    @Query
    @Description("""
            Counts and sums (jobs, investment, capacity per unit) of the facilities matching `filter`, grouped by \
            status, type, state or country, largest group first. A facility that sources place in more than one \
            state or country counts in each; the facilities placed in none make one group with a null key.""")
    public @NonNull List<@NonNull FacilityAggregate> facilityAggregates(@NonNull FacilityGroup groupBy,
            FacilityFilter filter) throws InvalidArgumentException {
        var conditions = FacilityFilter.conditions(filter);
        var parameters = conditions.parameters();
        boolean sums = Selection.includes(context, "jobs") || Selection.includes(context, "investmentUsd")
                || Selection.includes(context, "capacity");
        var predicate = conditions.predicate();
        String text;
        if (groupBy.placement == null) {
            text = ROWS.formatted(predicate, groupBy.key) + (sums ? SUMS : COUNTS);
        } else if (sums) {
            text = PLACED_ROWS.formatted(predicate, groupBy.placement, groupBy.key) + SUMS;
        } else {
            text = PLACED_COUNTS.formatted(predicate, groupBy.placement, groupBy.key);
        }
        return cypher.read(new Cypher.Query("Facility.aggregate", text), parameters).stream()
                .map(r -> FacilityAggregate.from(r.get("aggregate"))).toList();
    }

    @Description("The facility's status over time, from its dated announcement, opening, cancellation and bankruptcy events.")
    public List<@NonNull List<@NonNull StatusChange>> statusHistory(@Source List<Facility> facilities) {
        return links.listsPerParent(STATUS_HISTORY, Map.of("statusOf", EventType.statusChanges()), facilities,
                Facility::id, "history", StatusChange::from);
    }

    @Description("Organizations operating the facility. More than one when sources disagree.")
    public List<@NonNull List<@NonNull Organization>> operators(@Source List<Facility> facilities) {
        return links.related(OPERATORS, facilities, Facility::id, Via.reached(Organization::from));
    }

    @Description("Organizations owning the facility.")
    public List<@NonNull List<@NonNull Organization>> owners(@Source List<Facility> facilities) {
        return links.related(OWNERS, facilities, Facility::id, Via.reached(Organization::from));
    }

    @Description("The US state (or other subdivision) the facility is in.")
    public List<Subdivision> state(@Source List<Facility> facilities) {
        return links.relatedOne(STATE, facilities, Facility::id, Via.reached(Subdivision::from));
    }

    @Description("The country the facility is in.")
    public List<Country> country(@Source List<Facility> facilities) {
        return links.relatedOne(COUNTRY, facilities, Facility::id, Via.reached(Country::from));
    }

    @Description("Materials the facility makes.")
    public List<@NonNull List<@NonNull Material>> produces(@Source List<Facility> facilities) {
        return links.related(PRODUCES, facilities, Facility::id, Via.reached(Material::from));
    }

    @Description("Materials the facility takes in.")
    public List<@NonNull List<@NonNull Material>> consumes(@Source List<Facility> facilities) {
        return links.related(CONSUMES, facilities, Facility::id, Via.reached(Material::from));
    }

    @Description("Facilities the organization operates.")
    @Name("facilities")
    public List<@NonNull List<@NonNull Facility>> operatedFacilities(@Source List<Organization> organizations) {
        return links.related(OPERATED, organizations, Organization::id, Via.reached(Facility::from));
    }

    @Description("Facilities in this subdivision.")
    @Name("facilities")
    public List<@NonNull List<@NonNull Facility>> subdivisionFacilities(@Source List<Subdivision> subdivisions) {
        return links.related(IN_STATE, subdivisions, Subdivision::id, Via.reached(Facility::from));
    }

    @Description("Facilities in this country, directly or through its subdivisions.")
    @Name("facilities")
    public List<@NonNull List<@NonNull Facility>> countryFacilities(@Source List<Country> countries) {
        return links.related(IN_COUNTRY, countries, Country::id, Via.reached(Facility::from));
    }

    @Description("Facilities that make this material.")
    public List<@NonNull List<@NonNull Facility>> producedAt(@Source List<Material> materials) {
        return links.related(PRODUCED_AT, materials, Material::id, Via.reached(Facility::from));
    }

    @Description("Facilities that take this material in.")
    public List<@NonNull List<@NonNull Facility>> consumedAt(@Source List<Material> materials) {
        return links.related(CONSUMED_AT, materials, Material::id, Via.reached(Facility::from));
    }
}
