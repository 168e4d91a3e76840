package org.batterygraph.funding;

import static org.batterygraph.neo4j.Values.date;
import static org.batterygraph.neo4j.Values.number;
import static org.batterygraph.neo4j.Values.string;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A grant, loan or tax credit awarded to an organization, often for a facility.")
public record FundingAward(
        @Id @NonNull String id,
        @NonNull String name,
        @Description("Grant, Loan, TaxCredit") String kind,
        Double amountUsd,
        LocalDate awarded,
        @Description("Selected, Conditional, Closed, Terminated, Appealed") String status) {

    public static FundingAward from(Value n) {
        return new FundingAward(string(n, "id"), string(n, "name"), string(n, "kind"), number(n, "amountUsd"), date(n, "awarded"), string(n, "status"));
    }
}
