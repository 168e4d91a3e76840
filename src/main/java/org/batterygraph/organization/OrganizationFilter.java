package org.batterygraph.organization;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.model.OrganizationType;
import org.batterygraph.neo4j.Conditions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which organizations a list covers; every field is optional and they combine with AND. */
@Input("OrganizationFilter")
@Description("Which organizations to include; all fields optional, combined with AND. Ranges are inclusive.")
public record OrganizationFilter(
        OrganizationType type,
        @Id @Description("Country id: headquartered there, directly or through a subdivision") String country,
        @Id @Description("Subdivision id: headquartered there") String state,
        @Id @Description("Consortium id: a member of it") String consortium,
        @Description("The name starts with this (case-sensitive)") String namePrefix) {

    static final OrganizationFilter NONE = new OrganizationFilter(null, null, null, null, null);

    /** The conditions on node {@code n} of the filters that are set, their values as parameters. */
    static Conditions conditions(OrganizationFilter filter) throws InvalidArgumentException {
        var f = filter == null ? NONE : filter;
        return new Conditions()
                .when(f.type, "type", "n.orgType = $type")
                .when(f.country, "country", "EXISTS { (n)-[:HEADQUARTERED_IN]->()-[:PART_OF*0..1]->(:Country {id: $country}) }")
                .when(f.state, "state", "EXISTS { (n)-[:HEADQUARTERED_IN]->(:Subdivision {id: $state}) }")
                .when(f.consortium, "consortium", "EXISTS { (n)-[:MEMBER_OF]->(:Consortium {id: $consortium}) }")
                .when(f.namePrefix, "namePrefix", "n.name STARTS WITH $namePrefix");
    }
}
