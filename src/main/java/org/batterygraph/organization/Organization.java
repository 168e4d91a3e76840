package org.batterygraph.organization;

import static org.batterygraph.model.FieldNotes.BASIS;
import static org.batterygraph.model.FieldNotes.PRECISION;
import static org.batterygraph.neo4j.Values.date;
import static org.batterygraph.neo4j.Values.string;
import static org.batterygraph.neo4j.Values.strings;

import java.time.LocalDate;
import java.util.List;

import org.batterygraph.model.DateBasis;
import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.OrganizationType;
import org.batterygraph.model.Term;
import org.batterygraph.node.Node;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A company, research institution, government agency, trade association or municipality.")
public record Organization(
        @Id @NonNull String id,
        @NonNull String name,
        OrganizationType orgType,
        @NonNull List<@NonNull String> aliases,
        String description,
        String website,
        String ticker,
        LocalDate founded,
        @Description(PRECISION) DatePrecision foundedPrecision,
        @Description(BASIS) DateBasis foundedBasis,
        @Description("How this node was reached from its parent field: the relationship and its provenance. Null for a root field.") Via via) implements Node {

    public Organization {
        aliases = List.copyOf(aliases);
    }

    public static Organization from(Value n) {
        return from(n, null);
    }

    public static Organization from(Value n, Via via) {
        return new Organization(string(n, "id"),
                string(n, "name"),
                Term.of(OrganizationType.class, string(n, "orgType")),
                strings(n, "aliases"),
                string(n, "description"),
                string(n, "website"),
                string(n, "ticker"),
                date(n, "founded"),
                Term.of(DatePrecision.class, string(n, "foundedPrecision")),
                Term.of(DateBasis.class, string(n, "foundedBasis")),
                via);
    }
}
