package org.batterygraph.provenance;

import static org.batterygraph.neo4j.Values.date;
import static org.batterygraph.neo4j.Values.dateTime;
import static org.batterygraph.neo4j.Values.string;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.batterygraph.model.ClaimStatus;
import org.batterygraph.model.Confidence;
import org.batterygraph.model.DateBasis;
import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.EvidenceKind;
import org.batterygraph.model.Term;
import org.batterygraph.source.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("""
        What one source states: a relationship (predicate from subject to object) or a value of the subject \
        (property = value), with its evidence (evidenceKind): the source's own words, verbatim, an editor's \
        labelled summary, or a dataset row. Disputed when another claim contradicts it.""")
public record Claim(
        @Id @NonNull String id,
        @NonNull @Description("Relationship type (OPERATES, MEMBER_OF, ...) or HAS_VALUE for a value claim") String predicate,
        EntityRef subject,
        @Description("The other end, for a relationship claim") EntityRef object,
        @Description("The property, for a value claim") String property,
        @Description("The stated value, as text, for a value claim") String value,
        @NonNull @Description("What the evidence is: the source's words, an editor's summary or a dataset row") EvidenceKind evidenceKind,
        @Description("The source's exact words (verbatim); null for any other kind of evidence") String quote,
        @Description("An editor's summary of what the source says, not its words; null for any other kind of evidence") String paraphrase,
        @Description("Who wrote the paraphrase") String paraphrasedBy,
        @Description("For a dataset record: the dataset, its release and the row's key") DatasetRow record,
        @Description("When the source stated it") LocalDate assertedOn,
        @Description("How much of assertedOn is known: the day, the month or the year") DatePrecision assertedPrecision,
        @Description("Whether the source gives assertedOn or the editors estimated it") DateBasis assertedBasis,
        LocalDate validFrom,
        LocalDate validTo,
        Confidence confidence,
        ClaimStatus status,
        @Description("Who wrote the claim through the API (the token's subject); null for the seed") String recordedBy,
        OffsetDateTime recordedAt,
        @Description("Who retired it (admin), when and why; null while Active") String retiredBy,
        OffsetDateTime retiredAt,
        String retiredReason,
        @Description("Once Superseded: the id of the claim with the source's later value, and when it replaced this one") @Id String supersededBy,
        OffsetDateTime supersededAt,
        Source source,
        @NonNull @Description("Further sources the claim's evidence names: the web pages of a dataset row (the claim is stated in its dataset, source)") java.util.List<@NonNull Source> cites,
        @NonNull @Description("True when this claim and another claim contradict each other, both Active (conflicts: which and why)") boolean disputed) {

    /**
     * Cypher map projection of a claim variable: every query returning claims uses it, so a claim always comes
     * back complete (source, subject, object, disputed) from the one query that found it. Disputed counts active
     * conflicts only: a superseded or retired claim, or one whose rival was, is not disputed any more.
     */
    static String projection(String c) {
        return """
                %1$s {
                  .*,
                  source: COLLECT { MATCH (%1$s)-[:STATED_IN]->(claimSource:Source) RETURN claimSource }[0],
                  cites: COLLECT { MATCH (%1$s)-[:CITES]->(citedSource:Source) RETURN citedSource ORDER BY citedSource.id },
                  subject: COLLECT { MATCH (%1$s)-[:ABOUT]->(claimSubject) RETURN claimSubject {.id, .name, kind: [l IN labels(claimSubject) WHERE l <> 'Entity'][0]} }[0],
                  object: COLLECT { MATCH (claimObject:Entity {id: %1$s.objectId}) RETURN claimObject {.id, .name, kind: [l IN labels(claimObject) WHERE l <> 'Entity'][0]} }[0],
                  disputed: %1$s.status = 'Active' AND ANY(claimRival IN [(%1$s)-[:CONFLICTS_WITH]-(rival:Claim) | rival] WHERE claimRival.status = 'Active')
                }""".formatted(c);
    }

    /**
     * The element ids of the disputed claims, the same rule as {@code disputed} in {@link #projection}: for the
     * claims filter, where "elementId(n) IN" these lets the planner start from the conflicts instead of every claim.
     */
    static final String DISPUTED_IDS = """
            COLLECT { MATCH (disputedClaim:Claim {status: 'Active'})-[:CONFLICTS_WITH]-(:Claim {status: 'Active'}) \
            RETURN DISTINCT elementId(disputedClaim) }""";

    static Claim from(Value c) {
        return new Claim(string(c, "id"), string(c, "predicate"), EntityRef.from(c.get("subject")),
                EntityRef.from(c.get("object")), string(c, "property"), string(c, "value"),
                Term.of(EvidenceKind.class, string(c, "evidenceKind")), string(c, "quote"), string(c, "paraphrase"),
                string(c, "paraphrasedBy"), DatasetRow.from(c), date(c, "assertedOn"),
                Term.of(DatePrecision.class, string(c, "assertedPrecision")), Term.of(DateBasis.class, string(c, "assertedBasis")), date(c, "validFrom"), date(c, "validTo"), Term.of(Confidence.class, string(c, "confidence")),
                Term.of(ClaimStatus.class, string(c, "status")), string(c, "recordedBy"), dateTime(c, "recordedAt"), string(c, "retiredBy"),
                dateTime(c, "retiredAt"), string(c, "retiredReason"), string(c, "supersededBy"), dateTime(c, "supersededAt"), c.get("source").isNull() ? null : Source.from(c.get("source")),
                c.get("cites").isNull() ? java.util.List.of() : c.get("cites").asList(Source::from),
                c.get("disputed").asBoolean());
    }

    @Description("The dataset row a Record claim comes from.")
    public record DatasetRow(@NonNull String dataset, String release, @NonNull String key) {

        public static DatasetRow from(Value c) {
            return string(c, "recordDataset") == null ? null
                    : new DatasetRow(string(c, "recordDataset"), string(c, "recordRelease"), string(c, "recordKey"));
        }
    }
}
