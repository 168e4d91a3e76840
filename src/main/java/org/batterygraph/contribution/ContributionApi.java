package org.batterygraph.contribution;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.batterygraph.access.Access;
import org.batterygraph.access.ForbiddenException;
import org.batterygraph.access.Role;
import org.batterygraph.access.UnauthenticatedException;
import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.facility.Facility;
import org.batterygraph.model.Confidence;
import org.batterygraph.model.DateBasis;
import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.EvidenceKind;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.RelationshipType;
import org.batterygraph.neo4j.Cypher;
import org.batterygraph.organization.Organization;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;


/**
 * Contributions: every mutation here needs a signed JWT with the {@code editor} role (retiring a claim, in
 * provenance, needs {@code admin}),
 * names its evidence, is validated in full before Cypher runs, and is one transaction (a few small statements,
 * {@link Write}): all of it or nothing.
 */
@GraphQLApi
public class ContributionApi {

    private final Cypher cypher;
    private final Access access;

    ContributionApi(Cypher cypher, Access access) {
        this.cypher = cypher;
        this.access = access;
    }

    @Mutation
    @Description("""
            Adds or changes an organization by id (idempotent), with one claim per given value and for its \
            headquarters. Needs the editor role.""")
    public @NonNull OrganizationWrite upsertOrganization(@NonNull OrganizationInput input, @NonNull EvidenceInput evidence)
            throws InvalidArgumentException, UnauthenticatedException, ForbiddenException {
        var user = access.require(Role.EDITOR);
        var problems = evidenceProblems(evidence)
                .newId("input.id", input.id(), NodeKind.Organization)
                .text("input.name", input.name(), Problems.MAX_NAME, true)
                .list("input.aliases", input.aliases(), Problems.MAX_ALIASES)
                .text("input.description", input.description(), Problems.MAX_TEXT, false)
                .url("input.website", input.website())
                .ticker("input.ticker", input.ticker())
                .notFuture("input.founded", input.founded())
                .reference("input.headquarteredIn", input.headquarteredIn());
        problems.throwIfAny();
        var properties = new LinkedHashMap<String, Object>();
        properties.put("name", input.name());
        properties.put("orgType", input.orgType().stored());
        properties.put("aliases", input.aliases());
        properties.put("aliasText", input.aliases() == null ? null : " " + String.join(" ", input.aliases()));
        properties.put("description", input.description());
        properties.put("website", input.website());
        properties.put("ticker", input.ticker());
        properties.put("founded", input.founded());
        var write = Write.node(NodeKind.Organization, input.id(), properties);
        if (input.headquarteredIn() != null) {
            var type = RelationshipType.HEADQUARTERED_IN;
            write.mustExist("input.headquarteredIn", input.headquarteredIn(), type.toLabels())
                    .link(input.id(), type, input.headquarteredIn(), Map.of());
        }
        var result = run(write, evidence, user);
        return new OrganizationWrite(Organization.from(result.node()), result.created(), result.claims());
    }

    @Mutation
    @Description("""
            Adds or changes a facility by id (idempotent) and connects it to its operator, place and products, with \
            one claim per given value and connection. Needs the editor role.""")
    public @NonNull FacilityWrite upsertFacility(@NonNull FacilityInput input, @NonNull EvidenceInput evidence)
            throws InvalidArgumentException, UnauthenticatedException, ForbiddenException {
        var user = access.require(Role.EDITOR);
        var produces = input.produces() == null ? List.<String>of() : input.produces();
        var problems = evidenceProblems(evidence)
                .newId("input.id", input.id(), NodeKind.Facility)
                .text("input.name", input.name(), Problems.MAX_NAME, true)
                .text("input.city", input.city(), Problems.MAX_NAME, false)
                .text("input.county", input.county(), Problems.MAX_NAME, false)
                .range("input.capacity", input.capacity(), 0, 1e9)
                .require(input.capacity() == null || input.capacityUnit() != null,
                        "input.capacityUnit: a capacity needs its unit")
                .range("input.investmentUsd", input.investmentUsd(), 0, 1e13)
                .range("input.jobs", input.jobs(), 0, 10_000_000)
                .range("input.areaAcres", input.areaAcres(), 0, 1e7)
                .ordered("input.announced", input.announced(), "input.opened", input.opened())
                .ordered("input.announced", input.announced(), "input.cancelled", input.cancelled())
                .reference("input.operatedBy", input.operatedBy())
                .reference("input.locatedIn", input.locatedIn())
                .require(produces.size() <= Problems.MAX_ALIASES, "input.produces: at most 20 materials are allowed");
        produces.forEach(material -> problems.reference("input.produces", material));
        problems.throwIfAny();
        var properties = new LinkedHashMap<String, Object>();
        properties.put("name", input.name());
        properties.put("type", input.type().stored());
        properties.put("status", input.status().stored());
        properties.put("city", input.city());
        properties.put("county", input.county());
        properties.put("capacity", input.capacity());
        properties.put("capacityUnit", input.capacityUnit() == null ? null : input.capacityUnit().stored());
        properties.put("investmentUsd", input.investmentUsd());
        properties.put("jobs", input.jobs());
        properties.put("areaAcres", input.areaAcres());
        properties.put("announced", input.announced());
        properties.put("opened", input.opened());
        properties.put("cancelled", input.cancelled());
        var write = Write.node(NodeKind.Facility, input.id(), properties);
        if (input.operatedBy() != null) {
            var type = RelationshipType.OPERATES;
            write.mustExist("input.operatedBy", input.operatedBy(), type.fromLabels())
                    .link(input.operatedBy(), type, input.id(), Map.of());
        }
        if (input.locatedIn() != null) {
            var type = RelationshipType.LOCATED_IN;
            write.mustExist("input.locatedIn", input.locatedIn(), type.toLabels())
                    .link(input.id(), type, input.locatedIn(), Map.of());
        }
        for (var material : produces.stream().distinct().toList()) {
            var type = RelationshipType.PRODUCES;
            write.mustExist("input.produces", material, type.toLabels()).link(input.id(), type, material, Map.of());
        }
        var result = run(write, evidence, user);
        return new FacilityWrite(Facility.from(result.node()), result.created(), result.claims());
    }

    @Mutation
    @Description("""
            States a relationship between two existing nodes (idempotent): creates it or adds this source to it, \
            with a claim. The ends must be of the kinds the type allows. Needs the editor role.""")
    public @NonNull RelationshipWrite assertRelationship(@NonNull RelationshipInput input, @NonNull EvidenceInput evidence)
            throws InvalidArgumentException, UnauthenticatedException, ForbiddenException {
        var user = access.require(Role.EDITOR);
        var type = input.type();
        evidenceProblems(evidence)
                .reference("input.from", input.from())
                .reference("input.to", input.to())
                .require(!input.from().equals(input.to()), "input.to: a relationship needs two different nodes")
                .require(type.contributable(), "input.type: %s is written by the API and imports, not asserted; contributors assert %s"
                        .formatted(type, Arrays.stream(RelationshipType.values()).filter(RelationshipType::contributable).toList()))
                .text("input.role", input.role(), Problems.MAX_NAME, false)
                .property("input.role", input.role(), type, "role")
                .range("input.share", input.share(), 0, 1)
                .property("input.share", input.share(), type, "share")
                .ordered("input.validFrom", input.validFrom(), "input.validTo", input.validTo())
                .throwIfAny();
        var properties = new LinkedHashMap<String, Object>();
        properties.put("role", input.role());
        properties.put("share", input.share());
        properties.put("validFrom", input.validFrom());
        properties.put("validTo", input.validTo());
        var write = Write.relationships()
                .mustExist("input.from", input.from(), type.fromLabels())
                .mustExist("input.to", input.to(), type.toLabels())
                .link(input.from(), type, input.to(), properties);
        var result = run(write, evidence, user);
        return new RelationshipWrite(input.from(), type, input.to(), result.claims().get(0));
    }

    private Problems evidenceProblems(EvidenceInput evidence) {
        var kind = kind(evidence);
        var problems = new Problems()
                .text("evidence.quote", evidence.quote(), Problems.MAX_TEXT, kind == EvidenceKind.Quote)
                .text("evidence.paraphrase", evidence.paraphrase(), Problems.MAX_TEXT, kind == EvidenceKind.Paraphrase)
                .require(kind == EvidenceKind.Record || evidence.record() == null,
                        "evidence.record: only evidence of kind Record names a dataset row")
                .require(kind == EvidenceKind.Quote || evidence.quote() == null,
                        "evidence.quote: only evidence of kind Quote has the source's words; a %s is not a quote".formatted(kind))
                .require(kind == EvidenceKind.Paraphrase || evidence.paraphrase() == null,
                        "evidence.paraphrase: only evidence of kind Paraphrase is a paraphrase (this is a %s)".formatted(kind))
                .require(kind != EvidenceKind.Record || evidence.record() != null,
                        "evidence.record: evidence of kind Record needs the dataset row")
                .notFuture("evidence.assertedOn", evidence.assertedOn());
        if (evidence.record() != null) {
            problems.text("evidence.record.dataset", evidence.record().dataset(), Problems.MAX_NAME, true)
                    .text("evidence.record.release", evidence.record().release(), Problems.MAX_NAME, false)
                    .text("evidence.record.key", evidence.record().key(), Problems.MAX_NAME, true);
        }
        var source = evidence.newSource();
        if (source == null) {
            problems.reference("evidence.sourceId", evidence.sourceId());
        } else {
            problems.newId("evidence.sourceId", evidence.sourceId(), NodeKind.Source)
                    .text("evidence.newSource.title", source.title(), Problems.MAX_TEXT, true)
                    .text("evidence.newSource.publisher", source.publisher(), Problems.MAX_NAME, false)
                    .url("evidence.newSource.url", source.url())
                    .text("evidence.newSource.citation", source.citation(), Problems.MAX_TEXT, false)
                    .notFuture("evidence.newSource.published", source.published());
        }
        return problems;
    }

    private Write.Written run(Write write, EvidenceInput evidence, String user) throws InvalidArgumentException {
        var written = write.run(cypher, evidenceParameters(evidence, user), user);
        if (!written.problems().isEmpty()) {
            throw new InvalidArgumentException(String.join("; ", written.problems()));
        }
        return written;
    }

    private static Map<String, Object> evidenceParameters(EvidenceInput evidence, String user) {
        var parameters = new HashMap<String, Object>();
        parameters.put("sourceId", evidence.sourceId());
        var kind = kind(evidence);
        parameters.put("kind", kind.stored());
        parameters.put("quote", evidence.quote());
        parameters.put("paraphrase", evidence.paraphrase());
        parameters.put("paraphrasedBy", kind == EvidenceKind.Paraphrase ? user : null);
        parameters.put("recordDataset", evidence.record() == null ? null : evidence.record().dataset());
        parameters.put("recordRelease", evidence.record() == null ? null : evidence.record().release());
        parameters.put("recordKey", evidence.record() == null ? null : evidence.record().key());
        parameters.put("assertedOn", evidence.assertedOn());
        parameters.put("precision", (evidence.assertedPrecision() == null ? DatePrecision.Day : evidence.assertedPrecision()).stored());
        parameters.put("basis", (evidence.assertedBasis() == null ? DateBasis.Stated : evidence.assertedBasis()).stored());
        parameters.put("confidence", (evidence.confidence() == null ? Confidence.medium : evidence.confidence()).stored());
        var source = evidence.newSource();
        if (source != null) {
            var newSource = new HashMap<String, Object>();
            newSource.put("title", source.title());
            newSource.put("publisher", source.publisher());
            newSource.put("url", source.url());
            newSource.put("citation", source.citation());
            newSource.put("published", source.published());
            newSource.put("publishedPrecision", source.published() == null ? null
                    : (source.publishedPrecision() == null ? DatePrecision.Day : source.publishedPrecision()).stored());
            newSource.put("kind", source.kind().stored());
            newSource.values().removeIf(v -> v == null);
            parameters.put("newSource", newSource);
        } else {
            parameters.put("newSource", null);
        }
        return parameters;
    }

    private static EvidenceKind kind(EvidenceInput evidence) {
        return evidence.kind() == null ? EvidenceKind.Quote : evidence.kind();
    }

    @Description("The organization as written, whether the write created it, and the claims that record it.")
    public record OrganizationWrite(@NonNull Organization organization, boolean created, @NonNull List<@NonNull String> claimIds) {
    }

    @Description("The facility as written, whether the write created it, and the claims that record it.")
    public record FacilityWrite(@NonNull Facility facility, boolean created, @NonNull List<@NonNull String> claimIds) {
    }

    @Description("The relationship as stated and the id of the claim recording it.")
    public record RelationshipWrite(@NonNull @Id String from, @NonNull RelationshipType type, @NonNull @Id String to,
            @NonNull @Id String claimId) {
    }
}
