package org.batterygraph.facility;

import java.util.HashMap;
import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.material.Material;
import org.batterygraph.neo4j.Cypher;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.neo4j.Kind;
import org.batterygraph.organization.Organization;
import org.batterygraph.place.Country;
import org.batterygraph.place.Subdivision;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Facilities, who runs and owns them, where they are and which materials go in and come out. */
@GraphQLApi
public class FacilityApi {

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

    static final Cypher.Query LIST = new Cypher.Query("Facility.list", """
            MATCH (n:Facility)
            WHERE n.id > $after
              AND ($status IS NULL OR n.status = $status) AND ($type IS NULL OR n.type = $type)
              AND ($state IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Subdivision {id: $state}) })
              AND ($country IS NULL OR EXISTS { (n)-[:LOCATED_IN]->()-[:PART_OF*0..1]->(:Country {id: $country}) })
            RETURN n ORDER BY n.id LIMIT $limit
            """);

    private final Entities entities;

    FacilityApi(Entities entities) {
        this.entities = entities;
    }

    @Query
    @Description("One facility by id, e.g. \"facility:koreplex\"; null when there is none.")
    public Facility facility(@NonNull @Id String id) {
        return entities.byId(Kind.FACILITY, id, Facility::from).orElse(null);
    }

    @Query
    @Description("Facilities ordered by id, a page at a time (first: 1 to 100, default 20), optionally filtered.")
    public @NonNull FacilityPage facilities(Integer first, String after,
            @Description("Announced, UnderConstruction, Operational, Cancelled, Bankrupt") String status,
            @Description("Mine, Refinery, pCAM, CAM, Anode, CellGigafactory, Recycling, ResearchFab, SolarFab") String type,
            @Description("Country id, e.g. country:US") @Id String country,
            @Description("Subdivision id, e.g. subdivision:US-GA") @Id String state) throws InvalidArgumentException {
        var filters = new HashMap<String, Object>();
        filters.put("status", status);
        filters.put("type", type);
        filters.put("country", country);
        filters.put("state", state);
        var slice = entities.page(LIST, filters, PageRequest.of(first, after), Facility::from);
        return new FacilityPage(slice.items(), slice.pageInfo());
    }

    @Description("Organizations operating the facility. More than one when sources disagree.")
    public List<@NonNull List<@NonNull Organization>> operators(@Source List<Facility> facilities) {
        return entities.related(OPERATORS, facilities, Facility::id, Organization::from);
    }

    @Description("Organizations owning the facility.")
    public List<@NonNull List<@NonNull Organization>> owners(@Source List<Facility> facilities) {
        return entities.related(OWNERS, facilities, Facility::id, Organization::from);
    }

    @Description("The US state (or other subdivision) the facility is in.")
    public List<Subdivision> state(@Source List<Facility> facilities) {
        return entities.relatedOne(STATE, facilities, Facility::id, Subdivision::from);
    }

    @Description("The country the facility is in.")
    public List<Country> country(@Source List<Facility> facilities) {
        return entities.relatedOne(COUNTRY, facilities, Facility::id, Country::from);
    }

    @Description("Materials the facility makes.")
    public List<@NonNull List<@NonNull Material>> produces(@Source List<Facility> facilities) {
        return entities.related(PRODUCES, facilities, Facility::id, Material::from);
    }

    @Description("Materials the facility takes in.")
    public List<@NonNull List<@NonNull Material>> consumes(@Source List<Facility> facilities) {
        return entities.related(CONSUMES, facilities, Facility::id, Material::from);
    }

    @Description("Facilities the organization operates.")
    @Name("facilities")
    public List<@NonNull List<@NonNull Facility>> operatedFacilities(@Source List<Organization> organizations) {
        return entities.related(OPERATED, organizations, Organization::id, Facility::from);
    }

    @Description("Facilities in this subdivision.")
    @Name("facilities")
    public List<@NonNull List<@NonNull Facility>> subdivisionFacilities(@Source List<Subdivision> subdivisions) {
        return entities.related(IN_STATE, subdivisions, Subdivision::id, Facility::from);
    }

    @Description("Facilities in this country, directly or through its subdivisions.")
    @Name("facilities")
    public List<@NonNull List<@NonNull Facility>> countryFacilities(@Source List<Country> countries) {
        return entities.related(IN_COUNTRY, countries, Country::id, Facility::from);
    }

    @Description("Facilities that make this material.")
    public List<@NonNull List<@NonNull Facility>> producedAt(@Source List<Material> materials) {
        return entities.related(PRODUCED_AT, materials, Material::id, Facility::from);
    }

    @Description("Facilities that take this material in.")
    public List<@NonNull List<@NonNull Facility>> consumedAt(@Source List<Material> materials) {
        return entities.related(CONSUMED_AT, materials, Material::id, Facility::from);
    }
}
