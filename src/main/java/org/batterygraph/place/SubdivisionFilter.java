package org.batterygraph.place;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.neo4j.Conditions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which subdivisions a list covers; every field is optional and they combine with AND. */
@Input("SubdivisionFilter")
@Description("Which subdivisions to include; all fields optional, combined with AND. Ranges are inclusive.")
public record SubdivisionFilter(
        @Id @Description("Country id: part of it") String country,
        @Description("The name starts with this (case-sensitive)") String namePrefix) {

    static final SubdivisionFilter NONE = new SubdivisionFilter(null, null);

    /** The conditions on node {@code n} of the filters that are set, their values as parameters. */
    static Conditions conditions(SubdivisionFilter filter) throws InvalidArgumentException {
        var f = filter == null ? NONE : filter;
        return new Conditions()
                .when(f.country, "country", "EXISTS { (n)-[:PART_OF]->(:Country {id: $country}) }")
                .when(f.namePrefix, "namePrefix", "n.name STARTS WITH $namePrefix");
    }
}
