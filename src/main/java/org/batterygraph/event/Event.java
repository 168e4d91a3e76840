package org.batterygraph.event;

import static org.batterygraph.model.FieldNotes.AMOUNT;
import static org.batterygraph.model.FieldNotes.AMOUNT_MAX;
import static org.batterygraph.model.FieldNotes.AMOUNT_MIN;
import static org.batterygraph.model.FieldNotes.BASIS;
import static org.batterygraph.model.FieldNotes.PRECISION;
import static org.batterygraph.neo4j.Values.integer;
import static org.batterygraph.neo4j.Values.number;
import static org.batterygraph.neo4j.Values.string;

import java.time.LocalDate;

import org.batterygraph.model.DateBasis;
import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.EventType;
import org.batterygraph.model.Term;
import org.batterygraph.neo4j.Values;
import org.batterygraph.node.Node;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("Something that happened on a date: a pledge, cancellation, bankruptcy, opening, leadership change.")
public record Event(
        @Id @NonNull String id,
        @NonNull String name,
        EventType type,
        LocalDate date,
        @Description(PRECISION) DatePrecision datePrecision,
        @Description(BASIS) DateBasis dateBasis,
        String description,
        @Description(AMOUNT) Double amountUsd,
        @Description(AMOUNT_MIN) Double amountUsdMin,
        @Description(AMOUNT_MAX) Double amountUsdMax,
        Integer jobs,
        @Description("How this node was reached from its parent field: the relationship and its provenance. Null for a root field.") Via via) implements Node {

    public static Event from(Value n) {
        return from(n, null);
    }

    public static Event from(Value n, Via via) {
        return new Event(string(n, "id"),
                string(n, "name"),
                Term.of(EventType.class, string(n, "type")),
                Values.date(n, "date"),
                Term.of(DatePrecision.class, string(n, "datePrecision")),
                Term.of(DateBasis.class, string(n, "dateBasis")),
                string(n, "description"),
                number(n, "amountUsd"),
                number(n, "amountUsdMin"),
                number(n, "amountUsdMax"),
                integer(n, "jobs"),
                via);
    }
}
