package org.batterygraph.place;

import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.api.Selection;
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

/** Countries and their subdivisions (US states), and where organizations are headquartered. */
@GraphQLApi
public class PlaceApi implements HopSource {

    static final Hop SUBDIVISIONS = new Hop("Country.subdivisions", "(n)<-[r:PART_OF]-(m:Subdivision)");
    static final Hop SUBDIVISION_COUNTRY = new Hop("Subdivision.country", "(n)-[r:PART_OF]->(m:Country)");
    static final Hop HQ_COUNTRY = new Hop("Organization.country",
            "(n)-[r:HEADQUARTERED_IN]->()-[:PART_OF*0..1]->(m:Country)");
    static final Hop HQ_STATE = new Hop("Organization.state", "(n)-[r:HEADQUARTERED_IN]->(m:Subdivision)");
    static final Hop HEADQUARTERED_HERE = new Hop("Subdivision.organizations", "(n)<-[r:HEADQUARTERED_IN]-(m:Organization)");

    private final Entities entities;
    private final Links links;
    private final Context context;

    PlaceApi(Entities entities, Links links, Context context) {
        this.links = links;
        this.entities = entities;
        this.context = context;
    }

    /** The relationship fields this feature serves, for the projection of nested selections. */
    @Override
    @Ignore
    public List<Hop> hops() {
        return List.of(SUBDIVISIONS, SUBDIVISION_COUNTRY, HQ_COUNTRY, HQ_STATE, HEADQUARTERED_HERE);
    }

    @Query
    @Description("One country by id, e.g. \"country:US\"; null when there is none.")
    public Country country(@NonNull @Id String id) {
        return entities.byId(NodeKind.Country, id, Selection.of(context, null), Country::from).orElse(null);
    }

    @Query
    @Description("""
            Countries matching `filter`, in `orderBy` order (default ID), a page at a time (first: 1 to 100, \
            default 20). `totalCount` is computed, in the same round trip, only when selected.""")
    public @NonNull CountryPage countries(Integer first, String after, CountryFilter filter,
            @DefaultValue("ID") CountryOrder orderBy) throws InvalidArgumentException {
        var page = entities.list(NodeKind.Country, CountryFilter.conditions(filter), orderBy, PageRequest.of(first, after),
                Selection.of(context, "nodes"), Selection.includes(context, "totalCount"), Country::from);
        return new CountryPage(page.items(), page.pageInfo(), page.totalCount());
    }

    @Query
    @Description("One subdivision (US state) by id, e.g. \"subdivision:US-NV\"; null when there is none.")
    public Subdivision subdivision(@NonNull @Id String id) {
        return entities.byId(NodeKind.Subdivision, id, Selection.of(context, null), Subdivision::from).orElse(null);
    }

    @Query
    @Description("""
            Subdivisions matching `filter`, in `orderBy` order (default ID), a page at a time (first: 1 to 100, \
            default 20). `totalCount` is computed, in the same round trip, only when selected.""")
    public @NonNull SubdivisionPage subdivisions(Integer first, String after, SubdivisionFilter filter,
            @DefaultValue("ID") SubdivisionOrder orderBy) throws InvalidArgumentException {
        var page = entities.list(NodeKind.Subdivision, SubdivisionFilter.conditions(filter), orderBy, PageRequest.of(first, after),
                Selection.of(context, "nodes"), Selection.includes(context, "totalCount"), Subdivision::from);
        return new SubdivisionPage(page.items(), page.pageInfo(), page.totalCount());
    }

    @Description("The country's subdivisions present in the graph.")
    @Name("subdivisions")
    public List<@NonNull List<@NonNull Subdivision>> countrySubdivisions(@Source List<Country> countries) {
        return links.related(SUBDIVISIONS, countries, Country::id, Via.reached(Subdivision::from));
    }

    @Description("The country this subdivision belongs to.")
    @Name("country")
    public List<Country> subdivisionCountry(@Source List<Subdivision> subdivisions) {
        return links.relatedOne(SUBDIVISION_COUNTRY, subdivisions, Subdivision::id, Via.reached(Country::from));
    }

    @Description("Organizations headquartered in this subdivision.")
    public List<@NonNull List<@NonNull Organization>> organizations(@Source List<Subdivision> subdivisions) {
        return links.related(HEADQUARTERED_HERE, subdivisions, Subdivision::id, Via.reached(Organization::from));
    }

    @Description("The country of the organization's headquarters.")
    @Name("country")
    public List<Country> headquartersCountry(@Source List<Organization> organizations) {
        return links.relatedOne(HQ_COUNTRY, organizations, Organization::id, Via.reached(Country::from));
    }

    @Description("The US state (or other subdivision) of the organization's headquarters.")
    public List<Subdivision> state(@Source List<Organization> organizations) {
        return links.relatedOne(HQ_STATE, organizations, Organization::id, Via.reached(Subdivision::from));
    }
}