package org.batterygraph.consortium;

import static org.batterygraph.model.FieldNotes.BASIS;
import static org.batterygraph.model.FieldNotes.PRECISION;
import static org.batterygraph.neo4j.Values.date;
import static org.batterygraph.neo4j.Values.string;
import static org.batterygraph.neo4j.Values.strings;

import java.time.LocalDate;
import java.util.List;

import org.batterygraph.model.DateBasis;
import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.Term;
import org.batterygraph.node.Node;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A consortium, alliance or public-private partnership of organizations.")
public record Consortium(
        @Id @NonNull String id,
        @NonNull String name,
        @NonNull List<@NonNull String> aliases,
        String description,
        LocalDate launched,
        @Description(PRECISION) DatePrecision launchedPrecision,
        @Description(BASIS) DateBasis launchedBasis,
        String scope,
        @Description("How this node was reached from its parent field: the relationship and its provenance. Null for a root field.") Via via) implements Node {

    public Consortium {
        aliases = List.copyOf(aliases);
    }

    public static Consortium from(Value n) {
        return from(n, null);
    }

    public static Consortium from(Value n, Via via) {
        return new Consortium(string(n, "id"),
                string(n, "name"),
                strings(n, "aliases"),
                string(n, "description"),
                date(n, "launched"),
                Term.of(DatePrecision.class, string(n, "launchedPrecision")),
                Term.of(DateBasis.class, string(n, "launchedBasis")),
                string(n, "scope"),
                via);
    }
}
