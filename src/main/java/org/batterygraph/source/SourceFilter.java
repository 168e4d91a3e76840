package org.batterygraph.source;

import java.time.LocalDate;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.model.SourceKind;
import org.batterygraph.neo4j.Conditions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Which sources a list covers; every field is optional and they combine with AND. */
@Input("SourceFilter")
@Description("Which sources to include; all fields optional, combined with AND. Ranges are inclusive.")
public record SourceFilter(
        SourceKind kind,
        @Description("The publisher, exactly as stored, e.g. Reuters") String publisher,
        LocalDate publishedFrom,
        LocalDate publishedTo) {

    static final SourceFilter NONE = new SourceFilter(null, null, null, null);

    /** The conditions on node {@code n} of the filters that are set, their values as parameters. */
    static Conditions conditions(SourceFilter filter) throws InvalidArgumentException {
        var f = filter == null ? NONE : filter;
        return new Conditions()
                .when(f.kind, "kind", "n.kind = $kind")
                .when(f.publisher, "publisher", "n.publisher = $publisher")
                .range("published", "publishedFrom", f.publishedFrom, "publishedTo", f.publishedTo);
    }
}
