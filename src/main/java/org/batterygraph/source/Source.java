package org.batterygraph.source;

import static org.batterygraph.neo4j.Values.date;
import static org.batterygraph.neo4j.Values.string;

import java.time.LocalDate;

import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.SourceKind;
import org.batterygraph.model.Term;
import org.batterygraph.node.Node;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("Where a fact comes from: a seed article, a news story, a government document or a dataset.")
public record Source(
        @Id @NonNull String id,
        @NonNull String name,
        String title,
        String publisher,
        @Description("Its complete http(s) address; null when it has no working address (see citation)") String url,
        @Description("How to find it without a working address, or what is known of an undated, unattributed text") String citation,
        @Description("Seed article file name, for the five source articles") String file,
        LocalDate published,
        @Description("How much of published is known: the day, the month or the year") DatePrecision publishedPrecision,
        SourceKind kind,
        @Description("Datasets: the terms under which the data may be reused, e.g. CC BY 4.0") String licence,
        @Description("Datasets: the release or edition the graph holds") String release,
        @Description("How this node was reached from its parent field: the relationship and its provenance. Null for a root field.") Via via) implements Node {

    public static Source from(Value n) {
        return from(n, null);
    }

    public static Source from(Value n, Via via) {
        return new Source(string(n, "id"),
                string(n, "name"),
                string(n, "title"),
                string(n, "publisher"),
                string(n, "url"),
                string(n, "citation"),
                string(n, "file"),
                date(n, "published"),
                Term.of(DatePrecision.class, string(n, "publishedPrecision")),
                Term.of(SourceKind.class, string(n, "kind")),
                string(n, "licence"),
                string(n, "release"),
                via);
    }
}
