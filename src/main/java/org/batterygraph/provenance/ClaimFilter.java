package org.batterygraph.provenance;

import java.time.LocalDate;
import java.util.TreeSet;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.model.ClaimStatus;
import org.batterygraph.model.Confidence;
import org.batterygraph.model.EvidenceKind;
import org.batterygraph.model.RelationshipType;
import org.batterygraph.neo4j.Conditions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which claims a list covers; every field is optional and they combine with AND. */
@Input("ClaimFilter")
@Description("Which claims to include; all fields optional, combined with AND. Dates are inclusive.")
public record ClaimFilter(
        @Id @Description("The source stating them, e.g. source:S13") String source,
        @Id @Description("The entity they are about (a relationship's start, a value's node)") String subject,
        @Id @Description("The other end of a relationship claim, e.g. the facility of an OPERATES claim") String object,
        @Id @Description("Either end: claims with this entity as subject or as object") String entity,
        @Description("A relationship type (OPERATES, MEMBER_OF, ...) or HAS_VALUE") String predicate,
        @Description("The property of value claims, e.g. capacity") String property,
        ClaimStatus status,
        Confidence confidence,
        @Description("True: only claims another claim contradicts; false: only uncontradicted ones") Boolean disputed,
        @Description("What the evidence is: the source's words, an editor's summary or a dataset row") EvidenceKind evidenceKind,
        LocalDate assertedFrom,
        LocalDate assertedTo) {

    /** The predicate of a claim about a node's value rather than a relationship. */
    static final String VALUE_PREDICATE = "HAS_VALUE";

    static final ClaimFilter NONE = new ClaimFilter(null, null, null, null, null, null, null, null, null, null, null, null);

    /** The conditions on claim {@code n} of the filters that are set, their values as parameters. */
    static Conditions conditions(ClaimFilter filter) throws InvalidArgumentException {
        var f = filter == null ? NONE : filter;
        if (f.predicate != null && !f.predicate.equals(VALUE_PREDICATE) && !RelationshipType.names().contains(f.predicate)) {
            var allowed = new TreeSet<>(RelationshipType.names());
            allowed.add(VALUE_PREDICATE);
            throw new InvalidArgumentException("filter.predicate must be one of " + allowed);
        }
        return new Conditions()
                // "elementId(n) IN" what a subquery finds: the planner seeks the source, then its claims by element
                // id (an EXISTS on n reads every claim)
                .when(f.source, "source", "elementId(n) IN COLLECT { MATCH (:Source {id: $source})<-[:STATED_IN]-(stated:Claim) RETURN DISTINCT elementId(stated) }")
                .when(f.subject, "subject", "n.subjectId = $subject")
                .when(f.object, "object", "n.objectId = $object")
                .when(f.entity, "entity", "(n.subjectId = $entity OR n.objectId = $entity)")
                .when(f.predicate, "predicate", "n.predicate = $predicate")
                .when(f.property, "property", "n.property = $property")
                .when(f.status, "status", "n.status = $status")
                .when(f.confidence, "confidence", "n.confidence = $confidence")
                // disputed: the claims of the conflicts (a scan of the few CONFLICTS_WITH relationships), then by id;
                // undisputed is every other claim, so alone it reads them all: combine it with another filter
                .when(Boolean.TRUE.equals(f.disputed) ? true : null, "disputed", "elementId(n) IN " + Claim.DISPUTED_IDS)
                .when(Boolean.FALSE.equals(f.disputed) ? false : null, "undisputed", "NOT elementId(n) IN " + Claim.DISPUTED_IDS)
                .when(f.evidenceKind, "evidenceKind", "n.evidenceKind = $evidenceKind")
                .range("assertedOn", "assertedFrom", f.assertedFrom, "assertedTo", f.assertedTo);
    }
}
