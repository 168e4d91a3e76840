package org.batterygraph.deposit;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.model.DepositStatus;
import org.batterygraph.model.DepositType;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Conditions;
import org.batterygraph.place.Within;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which deposits a list covers; every field is optional and they combine with AND. */
@Input("DepositFilter")
@Description("Which deposits to include; all fields optional, combined with AND.")
public record DepositFilter(
        @Id @Description("Country id, e.g. country:US") String country,
        DepositStatus status,
        DepositType resourceType,
        @Description("Where the deposit is: a circle or a box around its `location`") Within within) {

    static final DepositFilter NONE = new DepositFilter(null, null, null, null);

    /** The conditions on deposit {@code n} of the filters that are set, their values as parameters. */
    static Conditions conditions(DepositFilter filter) throws InvalidArgumentException {
        var f = filter == null ? NONE : filter;
        var conditions = new Conditions()
                .when(f.country, "country", "EXISTS { (n)-[:LOCATED_IN]->(:Country {id: $country}) }")
                .when(f.status, "status", "n.status = $status")
                .when(f.resourceType, "resourceType", "n.resourceType = $resourceType");
        return Within.apply(f.within, conditions, NodeKind.Deposit);
    }

    /** Whether the filter has a centre to measure distances from (orderBy DISTANCE, {@code distanceKm}). */
    static boolean hasCentre(DepositFilter filter) {
        return filter != null && filter.within != null && filter.within.centre() != null;
    }
}
