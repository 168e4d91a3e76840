package org.batterygraph.contribution;

import java.time.LocalDate;

import org.batterygraph.model.Confidence;
import org.batterygraph.model.SourceKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EvidenceInput")
@Description("""
        Where a written fact comes from: an existing Source (sourceId) or a new one (sourceId + newSource), the exact \
        words of the source and when it said them. Every write records one claim per fact with this evidence.""")
public record EvidenceInput(
        @NonNull @Id @Description("e.g. \"source:S6\"; a new source's id must look like source:[A-Za-z0-9._-]+") String sourceId,
        @Description("Describe the source when sourceId is new; ignored when it already exists") NewSourceInput newSource,
        @NonNull @Description("The source's own words supporting the write (1 to 2,000 characters)") String quote,
        @NonNull @Description("When the source said it; not in the future") LocalDate assertedOn,
        @Description("How sure the contributor is of the source's statement (default medium)") Confidence confidence) {

    @Input("NewSourceInput")
    @Description("A source not yet in the graph.")
    public record NewSourceInput(
            @NonNull String title,
            String publisher,
            @Description("http(s) address") String url,
            LocalDate published,
            @NonNull SourceKind kind) {
    }
}
