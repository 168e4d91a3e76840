package org.batterygraph.funding;

import static org.batterygraph.model.FieldNotes.AMOUNT;
import static org.batterygraph.model.FieldNotes.AMOUNT_MAX;
import static org.batterygraph.model.FieldNotes.AMOUNT_MIN;
import static org.batterygraph.model.FieldNotes.BASIS;
import static org.batterygraph.model.FieldNotes.PRECISION;
import static org.batterygraph.neo4j.Values.date;
import static org.batterygraph.neo4j.Values.number;
import static org.batterygraph.neo4j.Values.string;

import java.time.LocalDate;

import org.batterygraph.model.DateBasis;
import org.batterygraph.model.DatePrecision;
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
        @Description(AMOUNT) Double amountUsd,
        @Description(AMOUNT_MIN) Double amountUsdMin,
        @Description(AMOUNT_MAX) Double amountUsdMax,
        LocalDate awarded,
        @Description(PRECISION) DatePrecision awardedPrecision,
        @Description(BASIS) DateBasis awardedBasis,
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
                number(n, "amountUsdMin"),
                number(n, "amountUsdMax"),
                date(n, "awarded"),
                Term.of(DatePrecision.class, string(n, "awardedPrecision")),
                Term.of(DateBasis.class, string(n, "awardedBasis")),
                Term.of(FundingStatus.class, string(n, "status")),
                via);
    }
}
