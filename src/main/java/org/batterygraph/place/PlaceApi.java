package org.batterygraph.place;

import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.model.NodeKind;
import org.batterygraph.organization.Organization;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Countries and their subdivisions (US states), and where organizations are headquartered. */
@GraphQLApi
public class PlaceApi {

    static final Hop SUBDIVISIONS = new Hop("Country.subdivisions", "(n)<-[r:PART_OF]-(m:Subdivision)");
    static final Hop SUBDIVISION_COUNTRY = new Hop("Subdivision.country", "(n)-[r:PART_OF]->(m:Country)");
    static final Hop HQ_COUNTRY = new Hop("Organization.country",
            "(n)-[r:HEADQUARTERED_IN]->()-[:PART_OF*0..1]->(m:Country)");
    static final Hop HQ_STATE = new Hop("Organization.state", "(n)-[r:HEADQUARTERED_IN]->(m:Subdivision)");
    static final Hop HEADQUARTERED_HERE = new Hop("Subdivision.organizations", "(n)<-[r:HEADQUARTERED_IN]-(m:Organization)");

    private final Entities entities;

    PlaceApi(Entities entities) {
        this.entities = entities;
    }

    @Query
    @Description("One country by id, e.g. \"country:US\"; null when there is none.")
    public Country country(@NonNull @Id String id) {
        return entities.byId(NodeKind.Country, id, Country::from).orElse(null);
    }

    @Query
    @Description("Countries ordered by id, a page at a time (first: 1 to 100, default 20).")
    public @NonNull CountryPage countries(Integer first, String after) throws InvalidArgumentException {
        var slice = entities.page(NodeKind.Country, PageRequest.of(first, after), Country::from);
        return new CountryPage(slice.items(), slice.pageInfo());
    }

    @Query
    @Description("One subdivision (US state) by id, e.g. \"subdivision:US-NV\"; null when there is none.")
    public Subdivision subdivision(@NonNull @Id String id) {
        return entities.byId(NodeKind.Subdivision, id, Subdivision::from).orElse(null);
    }

    @Query
    @Description("Subdivisions ordered by id, a page at a time (first: 1 to 100, default 20).")
    public @NonNull SubdivisionPage subdivisions(Integer first, String after) throws InvalidArgumentException {
        var slice = entities.page(NodeKind.Subdivision, PageRequest.of(first, after), Subdivision::from);
        return new SubdivisionPage(slice.items(), slice.pageInfo());
    }

    @Description("The country's subdivisions present in the graph.")
    @Name("subdivisions")
    public List<@NonNull List<@NonNull Subdivision>> countrySubdivisions(@Source List<Country> countries) {
        return entities.related(SUBDIVISIONS, countries, Country::id, Subdivision::from);
    }

    @Description("The country this subdivision belongs to.")
    @Name("country")
    public List<Country> subdivisionCountry(@Source List<Subdivision> subdivisions) {
        return entities.relatedOne(SUBDIVISION_COUNTRY, subdivisions, Subdivision::id, Country::from);
    }

    @Description("Organizations headquartered in this subdivision.")
    public List<@NonNull List<@NonNull Organization>> organizations(@Source List<Subdivision> subdivisions) {
        return entities.related(HEADQUARTERED_HERE, subdivisions, Subdivision::id, Organization::from);
    }

    @Description("The country of the organization's headquarters.")
    @Name("country")
    public List<Country> headquartersCountry(@Source List<Organization> organizations) {
        return entities.relatedOne(HQ_COUNTRY, organizations, Organization::id, Country::from);
    }

    @Description("The US state (or other subdivision) of the organization's headquarters.")
    public List<Subdivision> state(@Source List<Organization> organizations) {
        return entities.relatedOne(HQ_STATE, organizations, Organization::id, Subdivision::from);
    }
}
