package org.batterygraph.place;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.neo4j.Conditions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Which countries a list covers; every field is optional and they combine with AND. */
@Input("CountryFilter")
@Description("Which countries to include; all fields optional, combined with AND. Ranges are inclusive.")
public record CountryFilter(
        @Description("The name starts with this (case-sensitive)") String namePrefix) {

    static final CountryFilter NONE = new CountryFilter(null);

    /** The conditions on node {@code n} of the filters that are set, their values as parameters. */
    static Conditions conditions(CountryFilter filter) throws InvalidArgumentException {
        var f = filter == null ? NONE : filter;
        return new Conditions()
                .when(f.namePrefix, "namePrefix", "n.name STARTS WITH $namePrefix");
    }
}
