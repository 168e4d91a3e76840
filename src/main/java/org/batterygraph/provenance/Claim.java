package org.batterygraph.provenance;

import static org.batterygraph.neo4j.Values.date;
import static org.batterygraph.neo4j.Values.dateTime;
import static org.batterygraph.neo4j.Values.string;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.batterygraph.model.ClaimStatus;
import org.batterygraph.model.Confidence;
import org.batterygraph.model.Term;
import org.batterygraph.source.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("""
        What one source states, in its own words: a relationship (predicate from subject to object) or a value of \
        the subject (property = value). Disputed when another claim contradicts it.""")
public record Claim(
        @Id @NonNull String id,
        @NonNull @Description("Relationship type (OPERATES, MEMBER_OF, ...) or HAS_VALUE for a value claim") String predicate,
        EntityRef subject,
        @Description("The other end, for a relationship claim") EntityRef object,
        @Description("The property, for a value claim") String property,
        @Description("The stated value, as text, for a value claim") String value,
        @Description("The exact words of the source") String quote,
        @Description("When the source stated it") LocalDate assertedOn,
        LocalDate validFrom,
        LocalDate validTo,
        Confidence confidence,
        ClaimStatus status,
        @Description("Who wrote the claim through the API (the token's subject); null for the seed") String recordedBy,
        OffsetDateTime recordedAt,
        @Description("Who retired it (admin), when and why; null while Active") String retiredBy,
        OffsetDateTime retiredAt,
        String retiredReason,
        Source source,
        @NonNull @Description("True when another claim contradicts this one") boolean disputed) {

    /**
     * Cypher map projection of a claim variable: every query returning claims uses it, so a claim always comes
     * back complete (source, subject, object, disputed) from the one query that found it.
     */
    static String projection(String c) {
        return """
                %1$s {
                  .*,
                  source: COLLECT { MATCH (%1$s)-[:STATED_IN]->(claimSource:Source) RETURN claimSource }[0],
                  subject: COLLECT { MATCH (%1$s)-[:ABOUT]->(claimSubject) RETURN claimSubject {.id, .name, kind: [l IN labels(claimSubject) WHERE l <> 'Entity'][0]} }[0],
                  object: COLLECT { MATCH (claimObject:Entity {id: %1$s.objectId}) RETURN claimObject {.id, .name, kind: [l IN labels(claimObject) WHERE l <> 'Entity'][0]} }[0],
                  disputed: EXISTS { (%1$s)-[:CONFLICTS_WITH]-(:Claim) }
                }""".formatted(c);
    }

    static Claim from(Value c) {
        return new Claim(string(c, "id"), string(c, "predicate"), EntityRef.from(c.get("subject")),
                EntityRef.from(c.get("object")), string(c, "property"), string(c, "value"), string(c, "quote"),
                date(c, "assertedOn"), date(c, "validFrom"), date(c, "validTo"), Term.of(Confidence.class, string(c, "confidence")),
                Term.of(ClaimStatus.class, string(c, "status")), string(c, "recordedBy"), dateTime(c, "recordedAt"), string(c, "retiredBy"),
                dateTime(c, "retiredAt"), string(c, "retiredReason"), c.get("source").isNull() ? null : Source.from(c.get("source")),
                c.get("disputed").asBoolean());
    }
}
