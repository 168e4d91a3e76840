package org.batterygraph.policy;

import static org.batterygraph.neo4j.Values.date;
import static org.batterygraph.neo4j.Values.string;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A law, tax credit, grant or loan programme or public initiative.")
public record Policy(
        @Id @NonNull String id,
        @NonNull String name,
        @Description("Law, TaxCredit, GrantProgram, LoanProgram, Initiative") String kind,
        LocalDate enacted,
        String description) {

    public static Policy from(Value n) {
        return new Policy(string(n, "id"), string(n, "name"), string(n, "kind"), date(n, "enacted"), string(n, "description"));
    }
}
