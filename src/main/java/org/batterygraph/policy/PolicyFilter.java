package org.batterygraph.policy;

import java.time.LocalDate;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.model.PolicyKind;
import org.batterygraph.neo4j.Conditions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which policies a list covers; every field is optional and they combine with AND. */
@Input("PolicyFilter")
@Description("Which policies to include; all fields optional, combined with AND. Ranges are inclusive.")
public record PolicyFilter(
        PolicyKind kind,
        @Id @Description("Country id: enacted by it") String country,
        LocalDate enactedFrom,
        LocalDate enactedTo) {

    static final PolicyFilter NONE = new PolicyFilter(null, null, null, null);

    /** The conditions on node {@code n} of the filters that are set, their values as parameters. */
    static Conditions conditions(PolicyFilter filter) throws InvalidArgumentException {
        var f = filter == null ? NONE : filter;
        return new Conditions()
                .when(f.kind, "kind", "n.kind = $kind")
                .when(f.country, "country", "EXISTS { (n)-[:ENACTED_BY]->(:Country {id: $country}) }")
                .range("enacted", "enactedFrom", f.enactedFrom, "enactedTo", f.enactedTo);
    }
}
