package org.batterygraph.consortium;

import java.time.LocalDate;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.neo4j.Conditions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which consortia a list covers; every field is optional and they combine with AND. */
@Input("ConsortiumFilter")
@Description("Which consortia to include; all fields optional, combined with AND. Ranges are inclusive.")
public record ConsortiumFilter(
        @Id @Description("Country id: based there") String country,
        @Id @Description("Organization id: it is a member") String member,
        @Description("The name starts with this (case-sensitive)") String namePrefix,
        LocalDate launchedFrom,
        LocalDate launchedTo) {

    static final ConsortiumFilter NONE = new ConsortiumFilter(null, null, null, null, null);

    /** The conditions on node {@code n} of the filters that are set, their values as parameters. */
    static Conditions conditions(ConsortiumFilter filter) throws InvalidArgumentException {
        var f = filter == null ? NONE : filter;
        return new Conditions()
                .when(f.country, "country", "EXISTS { (n)-[:BASED_IN]->(:Country {id: $country}) }")
                .when(f.member, "member", "EXISTS { (n)<-[:MEMBER_OF]-(:Organization {id: $member}) }")
                .when(f.namePrefix, "namePrefix", "n.name STARTS WITH $namePrefix")
                .range("launched", "launchedFrom", f.launchedFrom, "launchedTo", f.launchedTo);
    }
}
