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
import org.batterygraph.api.LimitExceededException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.api.Selection;
import org.batterygraph.consortium.Consortium;
import org.batterygraph.deposit.Deposit;
import org.batterygraph.event.Event;
import org.batterygraph.facility.Facility;
import org.batterygraph.funding.FundingAward;
import org.batterygraph.material.Material;
import org.batterygraph.model.ClaimStatus;
import org.batterygraph.model.ConflictKind;
import org.batterygraph.model.Confidence;
import org.batterygraph.model.EvidenceKind;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.Term;
import org.batterygraph.neo4j.Cypher;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.FullText;
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

import io.smallrye.graphql.api.Context;

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

    /** An entity's claims: those about it (it is their subject) and the relationship claims ending at it (object). */
    static final Cypher.Query ABOUT = new Cypher.Query("Entity.claims", """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            RETURN id, COLLECT {
              CALL (n) {
                MATCH (n)<-[:ABOUT]-(c:Claim) RETURN c
                UNION
                MATCH (c:Claim {objectId: n.id}) RETURN c
              }
              RETURN %s ORDER BY c.predicate, c.property, c.id
            } AS claims
            """.formatted(Claim.projection("c")));

    /** Claims whose quote or paraphrase matches the words ({@code neo4j/FullText}), best first. */
    static final Cypher.Query SEARCH = new Cypher.Query("Claim.search", """
            CALL db.index.fulltext.queryNodes('claim_text', $lucene, {limit: $candidates}) YIELD node AS c, score
            WHERE $evidenceKind IS NULL OR c.evidenceKind = $evidenceKind
            WITH c, score ORDER BY score DESC, c.id LIMIT $limit
            RETURN score, %s AS claim
            ORDER BY score DESC, claim.id
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
            MATCH ()-[x:CONFLICTS_WITH]->()
            WITH x, startNode(x) AS a, endNode(x) AS b
            WHERE a:Claim AND b:Claim AND a.status = $active AND b.status = $active
              AND ($kind IS NULL OR coalesce(x.kind, $curated) = $kind)
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
    static final int MAX_HITS = 50;

    private final Cypher cypher;
    private final Links links;
    private final Access access;
    private final Entities entities;
    private final Context context;

    ProvenanceApi(Cypher cypher, Links links, Access access, Entities entities, Context context) {
        this.cypher = cypher;
        this.links = links;
        this.access = access;
        this.entities = entities;
        this.context = context;
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

    @Query("claims")
    @Description("""
            Claims matching `filter` (by source, subject, object or either end, predicate, property, status, \
            confidence, disputed, evidence kind, assertion dates), in `orderBy` order (default ID), a page at a time \
            (first: 1 to 100, default 20). `totalCount` is computed, in the same round trip, only when selected.""")
    public @NonNull ClaimPage claimList(Integer first, String after, ClaimFilter filter,
            @DefaultValue("ID") ClaimOrder orderBy) throws InvalidArgumentException {
        var page = entities.list(NodeKind.Claim, ClaimFilter.conditions(filter), orderBy, PageRequest.of(first, after),
                Claim.projection("n"), Selection.includes(context, "totalCount"), Claim::from);
        return new ClaimPage(page.items(), page.pageInfo(), page.totalCount());
    }

    @Query
    @Description("""
            Claims whose words match `text`: the quotes (the sources' own words) and the editors' paraphrases, \
            tolerant of typos and partial words, as `search` is; best match first, at most `first` hits (1 to 50). \
            `evidenceKind: Quote` keeps only the sources' own words.""")
    public @NonNull List<@NonNull ClaimHit> claimSearch(@NonNull String text, EvidenceKind evidenceKind,
            @DefaultValue("10") int first) throws InvalidArgumentException, LimitExceededException {
        if (first < 1 || first > MAX_HITS) {
            throw new LimitExceededException("first must be between 1 and " + MAX_HITS + ", was " + first);
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("lucene", FullText.query(text));
        parameters.put("evidenceKind", evidenceKind == null ? null : evidenceKind.stored());
        parameters.put("limit", first);
        parameters.put("candidates", first * 5);
        return cypher.read(SEARCH, parameters).stream()
                .map(r -> new ClaimHit(r.get("score").asDouble(), Claim.from(r.get("claim")))).toList();
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

    @Description("Every claim this source supports, by id; a filtered page of them: claims(filter: {source: ...}).")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> sourceClaims(@Source List<org.batterygraph.source.Source> sources) {
        return claimLists(STATED_IN, sources, org.batterygraph.source.Source::id);
    }

    @Description("Everything sources claim about this organization: its relationships and values. Claims where it is the subject or the object; a filtered page of them: claims(filter: {entity: ...}).")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> organizationClaims(@Source List<Organization> parents) {
        return claimLists(ABOUT, parents, Organization::id);
    }

    @Description("Everything sources claim about this consortium; includes disputed existence claims. Claims where it is the subject or the object; a filtered page of them: claims(filter: {entity: ...}).")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> consortiumClaims(@Source List<Consortium> parents) {
        return claimLists(ABOUT, parents, Consortium::id);
    }

    @Description("Everything sources claim about this country. Claims where it is the subject or the object; a filtered page of them: claims(filter: {entity: ...}).")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> countryClaims(@Source List<Country> parents) {
        return claimLists(ABOUT, parents, Country::id);
    }

    @Description("Everything sources claim about this subdivision. Claims where it is the subject or the object; a filtered page of them: claims(filter: {entity: ...}).")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> subdivisionClaims(@Source List<Subdivision> parents) {
        return claimLists(ABOUT, parents, Subdivision::id);
    }

    @Description("Everything sources claim about this material. Claims where it is the subject or the object; a filtered page of them: claims(filter: {entity: ...}).")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> materialClaims(@Source List<Material> parents) {
        return claimLists(ABOUT, parents, Material::id);
    }

    @Description("Everything sources claim about this facility (operator, location, capacity, status, ...). Claims where it is the subject or the object; a filtered page of them: claims(filter: {entity: ...}).")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> facilityClaims(@Source List<Facility> parents) {
        return claimLists(ABOUT, parents, Facility::id);
    }

    @Description("Everything sources claim about this policy. Claims where it is the subject or the object; a filtered page of them: claims(filter: {entity: ...}).")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> policyClaims(@Source List<Policy> parents) {
        return claimLists(ABOUT, parents, Policy::id);
    }

    @Description("Everything sources claim about this award. Claims where it is the subject or the object; a filtered page of them: claims(filter: {entity: ...}).")
    @Name("claims")
    public List<@NonNull List<@NonNull Claim>> fundingAwardClaims(@Source List<FundingAward> parents) {
        return claimLists(ABOUT, parents, FundingAward::id);
    }

    @Description("Everything sources claim about this event. Claims where it is the subject or the object; a filtered page of them: claims(filter: {entity: ...}).")
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

    @Description("Where this deposit's values come from: per property with active claims, the claim the value rule picks.")
    @Name("valueClaims")
    public List<@NonNull List<@NonNull ValueClaim>> depositValueClaims(@Source List<Deposit> parents) {
        return valueClaims(parents, Deposit::id);
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
