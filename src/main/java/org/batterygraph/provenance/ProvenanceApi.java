package org.batterygraph.provenance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.batterygraph.access.Access;
import org.batterygraph.access.ForbiddenException;
import org.batterygraph.access.Role;
import org.batterygraph.access.UnauthenticatedException;
import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.consortium.Consortium;
import org.batterygraph.event.Event;
import org.batterygraph.facility.Facility;
import org.batterygraph.funding.FundingAward;
import org.batterygraph.material.Material;
import org.batterygraph.model.ClaimStatus;
import org.batterygraph.model.ConflictKind;
import org.batterygraph.model.Confidence;
import org.batterygraph.model.Term;
import org.batterygraph.neo4j.Cypher;
import org.batterygraph.neo4j.Links;
import org.batterygraph.organization.Organization;
import org.batterygraph.place.Country;
import org.batterygraph.place.Subdivision;
import org.batterygraph.policy.Policy;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Where every fact comes from: claims with their quotes and sources, and the conflicts between them. */
@GraphQLApi
public class ProvenanceApi {

    static final Cypher.Query BY_IDS = new Cypher.Query("Claim.byIds", """
            UNWIND $ids AS id
            MATCH (c:Claim {id: id})
            RETURN id, %s AS claim
            """.formatted(Claim.projection("c")));

    static final Cypher.Query STATED_IN = new Cypher.Query("Source.claims", """
            UNWIND $ids AS id
            MATCH (s:Source {id: id})
            RETURN id, COLLECT { MATCH (s)<-[:STATED_IN]-(c:Claim) RETURN %s ORDER BY c.id } AS claims
            """.formatted(Claim.projection("c")));

    static final Cypher.Query ABOUT = new Cypher.Query("Entity.claims", """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            RETURN id, COLLECT { MATCH (n)<-[:ABOUT]-(c:Claim) RETURN %s ORDER BY c.predicate, c.property, c.id } AS claims
            """.formatted(Claim.projection("c")));

    /**
     * The value rule (docs/data.md, "History and the value rule"), as contribution/Write applies it: per property of
     * the node that has active value claims, the claim its value comes from.
     */
    static final Cypher.Query VALUE_CLAIMS = new Cypher.Query("Entity.valueClaims", """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            RETURN id, COLLECT {
              MATCH (n)<-[:ABOUT]-(c:Claim)
              WHERE c.property IS NOT NULL AND c.status = $active
              WITH c ORDER BY c.property, coalesce(c.preferred, false) DESC, coalesce($rank[c.confidence], 0) DESC,
                              c.assertedOn DESC, c.recordedAt DESC, c.id DESC
              WITH c.property AS property, collect(c)[0] AS c
              WITH property, c ORDER BY property
              RETURN {property: property, claim: %s} AS value
            } AS claims
            """.formatted(Claim.projection("c")));

    static final Cypher.Query CONFLICTS_OF = new Cypher.Query("Claim.conflictsOf", """
            UNWIND $ids AS id
            MATCH (c:Claim {id: id})
            RETURN id, COLLECT {
              MATCH (c)-[x:CONFLICTS_WITH]-(o:Claim)
              RETURN {reason: x.reason, kind: coalesce(x.kind, $curated), active: c.status = $active AND o.status = $active,
                      claim: %s} ORDER BY o.id
            } AS conflicts
            """.formatted(Claim.projection("o")));

    /** The active conflicts: both claims Active (a superseded or retired claim contradicts nothing any more). */
    static final Cypher.Query CONFLICTS = new Cypher.Query("Claim.conflicts", """
            MATCH (a:Claim)-[x:CONFLICTS_WITH]->(b:Claim)
            WHERE a.status = $active AND b.status = $active AND ($kind IS NULL OR coalesce(x.kind, $curated) = $kind)
            WITH a, x, b ORDER BY x.reason, a.id, b.id LIMIT $limit
            RETURN x.reason AS reason, coalesce(x.kind, $curated) AS kind, %s AS claim, %s AS counterClaim
            """.formatted(Claim.projection("a"), Claim.projection("b")));

    static final Cypher.Query RETIRE = new Cypher.Query("Claim.retire", """
            MATCH (c:Claim {id: $id})
            SET c.retiredBy = CASE c.status WHEN 'Retired' THEN c.retiredBy ELSE $user END,
                c.retiredAt = CASE c.status WHEN 'Retired' THEN c.retiredAt ELSE datetime() END,
                c.retiredReason = CASE c.status WHEN 'Retired' THEN c.retiredReason ELSE $reason END,
                c.status = 'Retired'
            RETURN %s AS claim
            """.formatted(Claim.projection("c")));

    static final int MAX_REASON = 2_000;

    private final Cypher cypher;
    private final Links links;
    private final Access access;

    ProvenanceApi(Cypher cypher, Links links, Access access) {
        this.cypher = cypher;
        this.links = links;
        this.access = access;
    }

    @Mutation
    @Description("""
            Retires a claim instead of deleting it: it stays in the graph, marked Retired with who retired it, when \
            and why. Retiring a retired claim changes nothing. Needs the admin role.""")
    public @NonNull Claim retireClaim(@NonNull @Id String id, @NonNull String reason)
            throws InvalidArgumentException, UnauthenticatedException, ForbiddenException {
        var user = access.require(Role.ADMIN);
        if (reason.isBlank() || reason.length() > MAX_REASON) {
            throw new InvalidArgumentException("reason: a text of 1 to %d characters is expected".formatted(MAX_REASON));
        }
        return cypher.write(RETIRE, Map.of("id", id, "reason", reason, "user", user)).stream()
                .map(r -> Claim.from(r.get("claim"))).findFirst()
                .orElseThrow(() -> new InvalidArgumentException("id: there is no claim with id \"" + id + "\""));
    }

    @Query
    @Description("One claim by id; null when there is none.")
    public Claim claim(@NonNull @Id String id) {
        return cypher.read(BY_IDS, Map.of("ids", List.of(id))).stream()
                .map(r -> Claim.from(r.get("claim"))).findFirst().orElse(null);
    }

    @Query
    @Description("""
            Every pair of contradicting active claims, each side with its own source, curated or found by the graph \
            (kind: only those of this kind). A pair one of whose claims was superseded or retired is no longer listed; \
            Claim.conflicts still shows it, inactive (first: 1 to 100, default 100).""")
    public @NonNull List<@NonNull Conflict> conflicts(@DefaultValue("100") Integer first, ConflictKind kind)
            throws InvalidArgumentException {
        var page = PageRequest.of(first, null);
        var parameters = new HashMap<String, Object>(conflictParameters());
        parameters.put("limit", page.first());
        parameters.put("kind", Term.storedOrNull(kind));
        return cypher.read(CONFLICTS, parameters).stream()
                .map(r -> new Conflict(r.get("reason").isNull() ? null : r.get("reason").asString(),
                        Term.of(ConflictKind.class, r.get("kind").asString()),
                        Claim.from(r.get("claim")), Claim.from(r.get("counterClaim"))))
                .toList();
    }

    private static Map<String, Object> conflictParameters() {
        return Map.of("active", ClaimStatus.Active.stored(), "curated", ConflictKind.Curated.stored());
    }

    @Description("The claims stating this relationship: quote, date, confidence and source of each.")
    public List<@NonNull List<@NonNull Claim>> claims(@Source List<Via> vias) {
        var ids = vias.stream().flatMap(v -> v.claimIds().stream()).distinct().toList();
        var byId = new HashMap<String, Claim>();
        cypher.read(BY_IDS, Map.of("ids", ids)).forEach(r -> byId.put(r.get("id").asString(), Claim.from(r.get("claim"))));
        return vias.stream().map(v -> v.claimIds().stream().map(byId::get).filter(c -> c != null).toList()).toList();
    }

    @Description("True when a claim behind this relationship and another claim contradict each other, both Active.")
    public List<@NonNull Boolean> disputed(@Source List<Via> vias) {
        return claims(vias).stream().map(claims -> claims.stream().anyMatch(Claim::disputed)).toList();
    }

    @Description("""
            The claims this claim contradicts, each with the reason and its kind (curated, or found by the graph as the \
            claims were written), active while both claims are Active.""")
    public List<@NonNull List<@NonNull ClaimConflict>> conflicts(@Source List<Claim> claims) {
        return links.listsPerParent(CONFLICTS_OF, conflictParameters(), claims, Claim::id, "conflicts",
                v -> new ClaimConflict(v.get("reason").isNull() ? null : v.get("reason").asString(),
                        Term.of(ConflictKind.class, v.get("kind").asString()), v.get("active").asBoolean(), Claim.from(v.get("claim"))));
    }

    @Description("Another claim a claim contradicts, and why.")
    public record ClaimConflict(@Description("Why they contradict each other") String reason,
            @NonNull @Description("Curated, or the kind of contradiction the graph found") ConflictKind kind,
            @NonNull @Description("True while both claims are Active; false once either was superseded or retired") boolean active,
            @NonNull Claim claim) {
    }

    @Description("The claims this source supports.")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> sourceClaims(@Source List<org.batterygraph.source.Source> sources) {
        return claimLists(STATED_IN, sources, org.batterygraph.source.Source::id);
    }

    @Description("Everything sources claim about this organization: its relationships and values, with quotes.")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> organizationClaims(@Source List<Organization> parents) {
        return claimLists(ABOUT, parents, Organization::id);
    }

    @Description("Everything sources claim about this consortium, with quotes; includes disputed existence claims.")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> consortiumClaims(@Source List<Consortium> parents) {
        return claimLists(ABOUT, parents, Consortium::id);
    }

    @Description("Everything sources claim about this country, with quotes.")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> countryClaims(@Source List<Country> parents) {
        return claimLists(ABOUT, parents, Country::id);
    }

    @Description("Everything sources claim about this subdivision, with quotes.")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> subdivisionClaims(@Source List<Subdivision> parents) {
        return claimLists(ABOUT, parents, Subdivision::id);
    }

    @Description("Everything sources claim about this material, with quotes.")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> materialClaims(@Source List<Material> parents) {
        return claimLists(ABOUT, parents, Material::id);
    }

    @Description("Everything sources claim about this facility (operator, location, capacity, status, ...), with quotes.")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> facilityClaims(@Source List<Facility> parents) {
        return claimLists(ABOUT, parents, Facility::id);
    }

    @Description("Everything sources claim about this policy, with quotes.")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> policyClaims(@Source List<Policy> parents) {
        return claimLists(ABOUT, parents, Policy::id);
    }

    @Description("Everything sources claim about this award, with quotes.")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> fundingAwardClaims(@Source List<FundingAward> parents) {
        return claimLists(ABOUT, parents, FundingAward::id);
    }

    @Description("Everything sources claim about this event, with quotes.")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> eventClaims(@Source List<Event> parents) {
        return claimLists(ABOUT, parents, Event::id);
    }

    @Description("Where this organization's values come from: per property with active claims, the claim the value rule picks.")
    @Name("valueClaims")
    public List<@NonNull List<@NonNull ValueClaim>> organizationValueClaims(@Source List<Organization> parents) {
        return valueClaims(parents, Organization::id);
    }

    @Description("Where this consortium's values come from: per property with active claims, the claim the value rule picks.")
    @Name("valueClaims")
    public List<@NonNull List<@NonNull ValueClaim>> consortiumValueClaims(@Source List<Consortium> parents) {
        return valueClaims(parents, Consortium::id);
    }

    @Description("Where this country's values come from: per property with active claims, the claim the value rule picks.")
    @Name("valueClaims")
    public List<@NonNull List<@NonNull ValueClaim>> countryValueClaims(@Source List<Country> parents) {
        return valueClaims(parents, Country::id);
    }

    @Description("Where this subdivision's values come from: per property with active claims, the claim the value rule picks.")
    @Name("valueClaims")
    public List<@NonNull List<@NonNull ValueClaim>> subdivisionValueClaims(@Source List<Subdivision> parents) {
        return valueClaims(parents, Subdivision::id);
    }

    @Description("Where this material's values come from: per property with active claims, the claim the value rule picks.")
    @Name("valueClaims")
    public List<@NonNull List<@NonNull ValueClaim>> materialValueClaims(@Source List<Material> parents) {
        return valueClaims(parents, Material::id);
    }

    @Description("Where this facility's values come from: per property with active claims, the claim the value rule picks.")
    @Name("valueClaims")
    public List<@NonNull List<@NonNull ValueClaim>> facilityValueClaims(@Source List<Facility> parents) {
        return valueClaims(parents, Facility::id);
    }

    @Description("Where this policy's values come from: per property with active claims, the claim the value rule picks.")
    @Name("valueClaims")
    public List<@NonNull List<@NonNull ValueClaim>> policyValueClaims(@Source List<Policy> parents) {
        return valueClaims(parents, Policy::id);
    }

    @Description("Where this award's values come from: per property with active claims, the claim the value rule picks.")
    @Name("valueClaims")
    public List<@NonNull List<@NonNull ValueClaim>> fundingAwardValueClaims(@Source List<FundingAward> parents) {
        return valueClaims(parents, FundingAward::id);
    }

    @Description("Where this event's values come from: per property with active claims, the claim the value rule picks.")
    @Name("valueClaims")
    public List<@NonNull List<@NonNull ValueClaim>> eventValueClaims(@Source List<Event> parents) {
        return valueClaims(parents, Event::id);
    }

    @Description("""
            A property of a node and the claim its value comes from by the value rule (docs/data.md): of the active \
            claims, an editor's preferred one, then the most confident, then the latest asserted.""")
    public record ValueClaim(@NonNull String property, @NonNull Claim claim) {
    }

    private <P> List<List<ValueClaim>> valueClaims(List<P> parents, Function<P, String> id) {
        var parameters = Map.<String, Object>of("active", ClaimStatus.Active.stored(), "rank", Confidence.ranks());
        return links.listsPerParent(VALUE_CLAIMS, parameters, parents, id, "claims",
                v -> new ValueClaim(v.get("property").asString(), Claim.from(v.get("claim"))));
    }

    private <P> List<List<Claim>> claimLists(Cypher.Query query, List<P> parents, Function<P, String> id) {
        return links.listsPerParent(query, parents, id, "claims", Claim::from);
    }
}
