package org.batterygraph.funding;

import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.api.Selection;
import org.batterygraph.facility.Facility;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.neo4j.HopSource;
import org.batterygraph.neo4j.Links;
import org.batterygraph.organization.Organization;
import org.batterygraph.policy.Policy;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Context;

/** Grants, loans and tax credits: who got them, for which facility, from whom, under which policy. */
@GraphQLApi
public class FundingAwardApi implements HopSource {

    static final Hop RECIPIENTS = new Hop("FundingAward.recipients", "(n)-[r:AWARDED_TO]->(m:Organization)");
    static final Hop FACILITIES = new Hop("FundingAward.facilities", "(n)-[r:FOR_FACILITY]->(m:Facility)");
    static final Hop GRANTORS = new Hop("FundingAward.grantors", "(n)-[r:GRANTED_BY]->(m:Organization)");
    static final Hop POLICIES = new Hop("FundingAward.policies", "(n)-[r:UNDER]->(m:Policy)");
    static final Hop RECEIVED = new Hop("Organization.fundingAwards", "(n)<-[r:AWARDED_TO]-(m:FundingAward)");
    static final Hop FOR_FACILITY = new Hop("Facility.fundingAwards", "(n)<-[r:FOR_FACILITY]-(m:FundingAward)");
    static final Hop UNDER_POLICY = new Hop("Policy.fundingAwards", "(n)<-[r:UNDER]-(m:FundingAward)");

    private final Entities entities;
    private final Links links;
    private final Context context;

    FundingAwardApi(Entities entities, Links links, Context context) {
        this.links = links;
        this.entities = entities;
        this.context = context;
    }

    /** The relationship fields this feature serves, for the projection of nested selections. */
    @Override
    @Ignore
    public List<Hop> hops() {
        return List.of(RECIPIENTS, FACILITIES, GRANTORS, POLICIES, RECEIVED, FOR_FACILITY, UNDER_POLICY);
    }

    @Query
    @Description("One funding award by id; null when there is none.")
    public FundingAward fundingAward(@NonNull @Id String id) {
        return entities.byId(NodeKind.FundingAward, id, Selection.of(context, null), FundingAward::from).orElse(null);
    }

    @Query
    @Description("""
            Funding awards matching `filter`, in `orderBy` order (default ID), a page at a time (first: 1 to 100, \
            default 20). `totalCount` is computed, in the same round trip, only when selected.""")
    public @NonNull FundingAwardPage fundingAwards(Integer first, String after, FundingAwardFilter filter,
            @DefaultValue("ID") FundingAwardOrder orderBy) throws InvalidArgumentException {
        var page = entities.list(NodeKind.FundingAward, FundingAwardFilter.conditions(filter), orderBy, PageRequest.of(first, after),
                Selection.of(context, "nodes"), Selection.includes(context, "totalCount"), FundingAward::from);
        return new FundingAwardPage(page.items(), page.pageInfo(), page.totalCount());
    }

    @Description("Organizations that received the award.")
    public List<@NonNull List<@NonNull Organization>> recipients(@Source List<FundingAward> awards) {
        return links.related(RECIPIENTS, awards, FundingAward::id, Via.reached(Organization::from));
    }

    @Description("Facilities the award is for.")
    public List<@NonNull List<@NonNull Facility>> facilities(@Source List<FundingAward> awards) {
        return links.related(FACILITIES, awards, FundingAward::id, Via.reached(Facility::from));
    }

    @Description("Agencies that granted the award.")
    public List<@NonNull List<@NonNull Organization>> grantors(@Source List<FundingAward> awards) {
        return links.related(GRANTORS, awards, FundingAward::id, Via.reached(Organization::from));
    }

    @Description("Policies or programmes the award was made under.")
    public List<@NonNull List<@NonNull Policy>> policies(@Source List<FundingAward> awards) {
        return links.related(POLICIES, awards, FundingAward::id, Via.reached(Policy::from));
    }

    @Description("Funding awards the organization received.")
    @Name("fundingAwards")
    public List<@NonNull List<@NonNull FundingAward>> organizationAwards(@Source List<Organization> organizations) {
        return links.related(RECEIVED, organizations, Organization::id, Via.reached(FundingAward::from));
    }

    @Description("Funding awards made for this facility.")
    @Name("fundingAwards")
    public List<@NonNull List<@NonNull FundingAward>> facilityAwards(@Source List<Facility> facilities) {
        return links.related(FOR_FACILITY, facilities, Facility::id, Via.reached(FundingAward::from));
    }

    @Description("Funding awards made under this policy.")
    @Name("fundingAwards")
    public List<@NonNull List<@NonNull FundingAward>> policyAwards(@Source List<Policy> policies) {
        return links.related(UNDER_POLICY, policies, Policy::id, Via.reached(FundingAward::from));
    }
}