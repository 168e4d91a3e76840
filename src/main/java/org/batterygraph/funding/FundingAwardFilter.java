package org.batterygraph.funding;

import java.time.LocalDate;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.model.FundingKind;
import org.batterygraph.model.FundingStatus;
import org.batterygraph.neo4j.Conditions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which funding awards a list covers; every field is optional and they combine with AND. */
@Input("FundingAwardFilter")
@Description("Which funding awards to include; all fields optional, combined with AND. Ranges are inclusive.")
public record FundingAwardFilter(
        FundingKind kind,
        FundingStatus status,
        @Id @Description("Organization id of the grantor") String grantor,
        @Id @Description("Organization id of a recipient") String recipient,
        @Description("Smallest amount in USD, inclusive; an award given as a range matches when its maximum reaches it") Double amountMin,
        @Description("Largest amount in USD, inclusive; an award given as a range matches when its minimum is within it") Double amountMax,
        LocalDate awardedFrom,
        LocalDate awardedTo) {

    static final FundingAwardFilter NONE = new FundingAwardFilter(null, null, null, null, null, null, null, null);

    /** The conditions on node {@code n} of the filters that are set, their values as parameters. */
    static Conditions conditions(FundingAwardFilter filter) throws InvalidArgumentException {
        var f = filter == null ? NONE : filter;
        return new Conditions()
                .when(f.kind, "kind", "n.kind = $kind")
                .when(f.status, "status", "n.status = $status")
                .when(f.grantor, "grantor", "EXISTS { (n)-[:GRANTED_BY]->(:Organization {id: $grantor}) }")
                .when(f.recipient, "recipient", "EXISTS { (n)-[:AWARDED_TO]->(:Organization {id: $recipient}) }")
                .rangeOrSpan("amountUsd", "amountMin", f.amountMin, "amountMax", f.amountMax)
                .range("awarded", "awardedFrom", f.awardedFrom, "awardedTo", f.awardedTo);
    }
}
