package org.batterygraph.policy;

import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.api.Selection;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Cypher;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.neo4j.HopSource;
import org.batterygraph.neo4j.Links;
import org.batterygraph.place.Country;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Context;

@GraphQLApi
public class PolicyApi implements HopSource {

    static final Hop COUNTRY = new Hop("Policy.country", "(n)-[r:ENACTED_BY]->(m:Country)");

    private static final String ROW = "{stat: i, source: COLLECT { MATCH (i)-[:STATED_IN]->(s:Source) RETURN s }[0]}";
    private static final String ORDER = "ORDER BY i.category, i.segment, i.edition DESC, i.quarter";
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");

    static final Cypher.Query SERIES = new Cypher.Query("Policy.investmentSeries", """
            UNWIND $ids AS id
            MATCH (p:Policy {id: id})
            RETURN id, COLLECT {
              MATCH (p)<-[:COVERS]-(i:InvestmentStat)
              RETURN %s AS row %s
            } AS rows
            """.formatted(ROW, ORDER));

    // quarters as YYYY-Qn compare as text in time order
    static final Cypher.Query FEDERAL_INVESTMENT = new Cypher.Query("Policy.federalInvestment", """
            MATCH (i:InvestmentStat)
            WHERE ($category IS NULL OR i.category = $category) AND ($segment IS NULL OR i.segment = $segment)
              AND ($edition IS NULL OR i.edition = $edition)
              AND ($from IS NULL OR i.quarter >= $from) AND ($to IS NULL OR i.quarter <= $to)
            WITH i %s
            LIMIT $limit
            RETURN %s AS row
            """.formatted(ORDER, ROW));

    private final Entities entities;
    private final Links links;
    private final Cypher cypher;
    private final Context context;

    PolicyApi(Entities entities, Links links, Cypher cypher, Context context) {
        this.links = links;
        this.cypher = cypher;
        this.entities = entities;
        this.context = context;
    }

    /** The relationship fields this feature serves, for the projection of nested selections. */
    @Override
    @Ignore
    public List<Hop> hops() {
        return List.of(COUNTRY);
    }

    @Query
    @Description("One policy by id, e.g. \"policy:ira-45x\"; null when there is none.")
    public Policy policy(@NonNull @Id String id) {
        return entities.byId(NodeKind.Policy, id, Selection.of(context, null), Policy::from).orElse(null);
    }

    @Query
    @Description("""
            Policies matching `filter`, in `orderBy` order (default ID), a page at a time (first: 1 to 100, \
            default 20). `totalCount` is computed, in the same round trip, only when selected.""")
    public @NonNull PolicyPage policies(Integer first, String after, PolicyFilter filter,
            @DefaultValue("ID") PolicyOrder orderBy) throws InvalidArgumentException {
        var page = entities.list(NodeKind.Policy, PolicyFilter.conditions(filter), orderBy, PageRequest.of(first, after),
                Selection.of(context, "nodes"), Selection.includes(context, "totalCount"), Policy::from);
        return new PolicyPage(page.items(), page.pageInfo(), page.totalCount());
    }

    @Description("The country that enacted the policy.")
    public List<Country> country(@Source List<Policy> policies) {
        return links.relatedOne(COUNTRY, policies, Policy::id, Via.reached(Country::from));
    }

    @Query
    @Description("""
            The federal investment per quarter by category (million 2023 US dollars; the Clean Investment Monitor's \
            tax credits, grants and loans), filtered by category, segment, release (edition) and quarter range \
            (fromQuarter, toQuarter: YYYY-Qn, inclusive); ordered by category, segment, latest release, quarter; at most \
            `first` rows (1 to 100).""")
    public @NonNull List<@NonNull InvestmentStat> federalInvestment(String category, String segment, String edition,
            String fromQuarter, String toQuarter, @DefaultValue("100") int first) throws InvalidArgumentException {
        for (var quarter : new String[] {fromQuarter, toQuarter}) {
            if (quarter != null && !QUARTER.matcher(quarter).matches()) {
                throw new InvalidArgumentException("fromQuarter and toQuarter must be YYYY-Qn (e.g. 2024-Q4), was \"" + quarter + "\"");
            }
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("category", category);
        parameters.put("segment", segment);
        parameters.put("edition", edition);
        parameters.put("from", fromQuarter);
        parameters.put("to", toQuarter);
        parameters.put("limit", PageRequest.of(first, null).first());
        return cypher.read(FEDERAL_INVESTMENT, parameters).stream().map(r -> InvestmentStat.from(r.get("row"))).toList();
    }

    @Description("""
            The federal investment series of the categories the dataset says include this policy (45X, 48C: \
            Advanced Manufacturing Tax Credits), per quarter: the category's figures, not this policy's alone.""")
    public List<@NonNull List<@NonNull InvestmentStat>> investmentSeries(@Source List<Policy> policies) {
        return links.listsPerParent(SERIES, policies, Policy::id, "rows", InvestmentStat::from);
    }
}
