package org.batterygraph.funding;

import static org.batterygraph.neo4j.Values.date;
import static org.batterygraph.neo4j.Values.number;
import static org.batterygraph.neo4j.Values.string;

import java.time.LocalDate;

import org.batterygraph.model.FundingKind;
import org.batterygraph.model.FundingStatus;
import org.batterygraph.model.Term;
import org.batterygraph.node.Node;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A grant, loan or tax credit awarded to an organization, often for a facility.")
public record FundingAward(
        @Id @NonNull String id,
        @NonNull String name,
        FundingKind kind,
        Double amountUsd,
        LocalDate awarded,
        FundingStatus status,
        @Description("How this node was reached from its parent field: the relationship and its provenance. Null for a root field.") Via via) implements Node {

    public static FundingAward from(Value n) {
        return from(n, null);
    }

    public static FundingAward from(Value n, Via via) {
        return new FundingAward(string(n, "id"),
                string(n, "name"),
                Term.of(FundingKind.class, string(n, "kind")),
                number(n, "amountUsd"),
                date(n, "awarded"),
                Term.of(FundingStatus.class, string(n, "status")),
                via);
    }
}
