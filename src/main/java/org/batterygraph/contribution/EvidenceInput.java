package org.batterygraph.contribution;

import java.time.LocalDate;

import org.batterygraph.model.Confidence;
import org.batterygraph.model.DateBasis;
import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.EvidenceKind;
import org.batterygraph.model.SourceKind;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EvidenceInput")
@Description("""
        Where a written fact comes from: an existing Source (sourceId) or a new one (sourceId + newSource), the evidence \
        (the source's exact words, your labelled paraphrase, or a dataset row) and when the source said it. Every write records one claim per fact with this evidence.""")
public record EvidenceInput(
        @NonNull @Id @Description("e.g. \"source:S6\"; a new source's id must look like source:[A-Za-z0-9._-]+") String sourceId,
        @Description("Describe the source when sourceId is new; ignored when it already exists") NewSourceInput newSource,
        @DefaultValue("Quote") @Description("""
                What the evidence is (default: a quote). Give the one field of its kind: `quote`, the source's own words \
                verbatim; `paraphrase`, your summary of what the source says (recorded as written by you); or \
                `record`, the dataset row.""") EvidenceKind kind,
        @Description("The source's own words, verbatim (1 to 2,000 characters); for a quote") String quote,
        @Description("Your summary of what the source says, not its words (1 to 2,000 characters); for a paraphrase") String paraphrase,
        @Description("The dataset row; for a dataset record") DatasetRowInput record,
        @NonNull @Description("When the source said it; not in the future") LocalDate assertedOn,
        @DefaultValue("Day") @Description("How much of assertedOn is known (default: the day; for a month or a year give its first day)") DatePrecision assertedPrecision,
        @DefaultValue("Stated") @Description("Whether the source gives the date (default) or you estimated it") DateBasis assertedBasis,
        @Description("How sure the contributor is of the source's statement (default medium)") Confidence confidence) {

    @Input("DatasetRowInput")
    @Description("A row of a dataset: the dataset's name, its release (edition, version or date) and the row's key.")
    public record DatasetRowInput(@NonNull String dataset, String release, @NonNull String key) {
    }

    @Input("NewSourceInput")
    @Description("A source not yet in the graph.")
    public record NewSourceInput(
            @NonNull String title,
            String publisher,
            @Description("Its complete http(s) address, if it has a working one") String url,
            @Description("How to find it without a working address (publisher, title, date, issue)") String citation,
            LocalDate published,
            @DefaultValue("Day") @Description("How much of published is known (default: the day)") DatePrecision publishedPrecision,
            @NonNull SourceKind kind) {
    }
}
