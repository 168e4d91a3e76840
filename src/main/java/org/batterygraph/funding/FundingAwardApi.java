package org.batterygraph.funding;

import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.facility.Facility;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.model.NodeKind;
import org.batterygraph.organization.Organization;
import org.batterygraph.policy.Policy;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Grants, loans and tax credits: who got them, for which facility, from whom, under which policy. */
@GraphQLApi
public class FundingAwardApi {

    static final Hop RECIPIENTS = new Hop("FundingAward.recipients", "(n)-[r:AWARDED_TO]->(m:Organization)");
    static final Hop FACILITIES = new Hop("FundingAward.facilities", "(n)-[r:FOR_FACILITY]->(m:Facility)");
    static final Hop GRANTORS = new Hop("FundingAward.grantors", "(n)-[r:GRANTED_BY]->(m:Organization)");
    static final Hop POLICIES = new Hop("FundingAward.policies", "(n)-[r:UNDER]->(m:Policy)");
    static final Hop RECEIVED = new Hop("Organization.fundingAwards", "(n)<-[r:AWARDED_TO]-(m:FundingAward)");
    static final Hop FOR_FACILITY = new Hop("Facility.fundingAwards", "(n)<-[r:FOR_FACILITY]-(m:FundingAward)");
    static final Hop UNDER_POLICY = new Hop("Policy.fundingAwards", "(n)<-[r:UNDER]-(m:FundingAward)");

    private final Entities entities;

    FundingAwardApi(Entities entities) {
        this.entities = entities;
    }

    @Query
    @Description("One funding award by id; null when there is none.")
    public FundingAward fundingAward(@NonNull @Id String id) {
        return entities.byId(NodeKind.FundingAward, id, FundingAward::from).orElse(null);
    }

    @Query
    @Description("Funding awards ordered by id, a page at a time (first: 1 to 100, default 20).")
    public @NonNull FundingAwardPage fundingAwards(Integer first, String after) throws InvalidArgumentException {
        var slice = entities.page(NodeKind.FundingAward, PageRequest.of(first, after), FundingAward::from);
        return new FundingAwardPage(slice.items(), slice.pageInfo());
    }

    @Description("Organizations that received the award.")
    public List<@NonNull List<@NonNull Organization>> recipients(@Source List<FundingAward> awards) {
        return entities.related(RECIPIENTS, awards, FundingAward::id, Organization::from);
    }

    @Description("Facilities the award is for.")
    public List<@NonNull List<@NonNull Facility>> facilities(@Source List<FundingAward> awards) {
        return entities.related(FACILITIES, awards, FundingAward::id, Facility::from);
    }

    @Description("Agencies that granted the award.")
    public List<@NonNull List<@NonNull Organization>> grantors(@Source List<FundingAward> awards) {
        return entities.related(GRANTORS, awards, FundingAward::id, Organization::from);
    }

    @Description("Policies or programmes the award was made under.")
    public List<@NonNull List<@NonNull Policy>> policies(@Source List<FundingAward> awards) {
        return entities.related(POLICIES, awards, FundingAward::id, Policy::from);
    }

    @Description("Funding awards the organization received.")
    @Name("fundingAwards")
    public List<@NonNull List<@NonNull FundingAward>> organizationAwards(@Source List<Organization> organizations) {
        return entities.related(RECEIVED, organizations, Organization::id, FundingAward::from);
    }

    @Description("Funding awards made for this facility.")
    @Name("fundingAwards")
    public List<@NonNull List<@NonNull FundingAward>> facilityAwards(@Source List<Facility> facilities) {
        return entities.related(FOR_FACILITY, facilities, Facility::id, FundingAward::from);
    }

    @Description("Funding awards made under this policy.")
    @Name("fundingAwards")
    public List<@NonNull List<@NonNull FundingAward>> policyAwards(@Source List<Policy> policies) {
        return entities.related(UNDER_POLICY, policies, Policy::id, FundingAward::from);
    }
}
