package org.batterygraph.bulk;

import static org.batterygraph.bulk.ColumnType.DATE;
import static org.batterygraph.bulk.ColumnType.INTEGER;
import static org.batterygraph.bulk.ColumnType.LIST;
import static org.batterygraph.bulk.ColumnType.NUMBER;
import static org.batterygraph.bulk.ColumnType.SHARE;
import static org.batterygraph.bulk.Column.of;
import static org.batterygraph.bulk.Column.oneOf;
import static org.batterygraph.bulk.Column.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The graph model of docs/data.md as the import accepts it: labels with their property columns, relationship types
 * with their endpoints and property columns. A file name whose label or type is not here is refused, so the only
 * labels and types that reach Cypher text are these constants.
 */
final class Vocabulary {

    static final String ORGANIZATION = "Organization";
    static final String CONSORTIUM = "Consortium";
    static final String COUNTRY = "Country";
    static final String SUBDIVISION = "Subdivision";
    static final String MATERIAL = "Material";
    static final String FACILITY = "Facility";
    static final String POLICY = "Policy";
    static final String FUNDING_AWARD = "FundingAward";
    static final String EVENT = "Event";
    static final String PRODUCTION_STAT = "ProductionStat";
    static final String SOURCE = "Source";
    static final String CLAIM = "Claim";

    static final List<String> FACILITY_TYPES = List.of("Mine", "Refinery", "pCAM", "CAM", "Anode", "CellGigafactory",
            "Recycling", "ResearchFab", "SolarFab");
    static final List<String> FACILITY_STATUSES = List.of("Announced", "UnderConstruction", "Operational", "Cancelled",
            "Bankrupt");
    static final List<String> CAPACITY_UNITS = List.of("GWh/yr", "t/yr", "t/day");
    static final List<String> ORG_TYPES = List.of("Company", "ResearchInstitution", "GovernmentAgency",
            "TradeAssociation", "Municipality");
    static final List<String> MATERIAL_KINDS = List.of("Mineral", "Intermediate", "Component");
    static final List<String> SOURCE_KINDS = List.of("SeedArticle", "News", "Government", "Reference", "Dataset");
    static final List<String> CONFIDENCES = List.of("high", "medium", "low");
    static final List<String> MEMBER_ROLES = List.of("Member", "Founder", "Convenor", "Coordinator", "Participant");

    private static final Map<String, NodeSchema> NODES = index(NodeSchema::label,
            node(ORGANIZATION, oneOf("orgType", ORG_TYPES.toArray(String[]::new)), of("aliases", LIST),
                    text("description"), text("website"), text("ticker"), of("founded", DATE)),
            node(CONSORTIUM, of("aliases", LIST), text("description"), of("launched", DATE), text("scope")),
            node(COUNTRY, text("iso2"), text("iso3")),
            node(SUBDIVISION, text("code"), text("kind")),
            node(MATERIAL, oneOf("kind", MATERIAL_KINDS.toArray(String[]::new)), of("aliases", LIST)),
            node(FACILITY, oneOf("type", FACILITY_TYPES.toArray(String[]::new)),
                    oneOf("status", FACILITY_STATUSES.toArray(String[]::new)), text("city"), text("county"),
                    of("capacity", NUMBER), oneOf("capacityUnit", CAPACITY_UNITS.toArray(String[]::new)),
                    of("investmentUsd", INTEGER), of("jobs", INTEGER), of("areaAcres", NUMBER),
                    of("announced", DATE), of("opened", DATE), of("cancelled", DATE)),
            node(POLICY, oneOf("kind", "Law", "TaxCredit", "GrantProgram", "LoanProgram", "Initiative"),
                    of("enacted", DATE), text("description")),
            node(FUNDING_AWARD, oneOf("kind", "Grant", "Loan", "TaxCredit"), of("amountUsd", INTEGER),
                    of("awarded", DATE), oneOf("status", "Selected", "Closed", "Terminated", "Conditional", "Appealed")),
            node(EVENT, oneOf("type", "Pledge", "Cancellation", "Bankruptcy", "Opening", "LeadershipChange",
                    "Announcement", "Lien", "Sale"), of("date", DATE), text("description"), of("amountUsd", INTEGER),
                    of("jobs", INTEGER)),
            node(PRODUCTION_STAT, oneOf("metric", "MineProduction", "Reserves", "Refining", "NetImportReliance"),
                    of("year", INTEGER), of("value", NUMBER), text("unit"), text("edition"), text("basis"),
                    oneOf("confidence", CONFIDENCES.toArray(String[]::new))),
            node(SOURCE, text("title"), text("publisher"), text("url"), text("file"), of("published", DATE),
                    oneOf("kind", SOURCE_KINDS.toArray(String[]::new))),
            new NodeSchema(CLAIM, false, withSources(List.of(text("quote"), of("assertedOn", DATE),
                    of("validFrom", DATE), of("validTo", DATE), oneOf("confidence", CONFIDENCES.toArray(String[]::new)),
                    text("predicate"), text("subjectId"), text("objectId"), text("property"), text("value"),
                    oneOf("status", "Active", "Retired")))));

    private static final Set<String> ANY = NODES.keySet();

    private static final Map<String, RelationshipSchema> RELATIONSHIPS = index(RelationshipSchema::type,
            rel("HEADQUARTERED_IN", Set.of(ORGANIZATION), Set.of(SUBDIVISION, COUNTRY)),
            rel("MEMBER_OF", Set.of(ORGANIZATION), Set.of(CONSORTIUM), oneOf("role", MEMBER_ROLES.toArray(String[]::new))),
            rel("LAUNCHED_BY", Set.of(CONSORTIUM), Set.of(ORGANIZATION)),
            rel("BASED_IN", Set.of(CONSORTIUM), Set.of(COUNTRY)),
            rel("OWNS", Set.of(ORGANIZATION), Set.of(ORGANIZATION, FACILITY), of("share", SHARE)),
            rel("OPERATES", Set.of(ORGANIZATION), Set.of(FACILITY)),
            rel("OFFTAKES", Set.of(ORGANIZATION), Set.of(FACILITY)),
            rel("LOCATED_IN", Set.of(FACILITY), Set.of(SUBDIVISION, COUNTRY)),
            rel("PART_OF", Set.of(SUBDIVISION), Set.of(COUNTRY)),
            rel("PRODUCES", Set.of(FACILITY), Set.of(MATERIAL)),
            rel("CONSUMES", Set.of(FACILITY), Set.of(MATERIAL)),
            rel("INPUT_TO", Set.of(MATERIAL), Set.of(MATERIAL)),
            rel("ENACTED_BY", Set.of(POLICY), Set.of(COUNTRY)),
            rel("AWARDED_TO", Set.of(FUNDING_AWARD), Set.of(ORGANIZATION)),
            rel("FOR_FACILITY", Set.of(FUNDING_AWARD), Set.of(FACILITY)),
            rel("GRANTED_BY", Set.of(FUNDING_AWARD), Set.of(ORGANIZATION)),
            rel("UNDER", Set.of(FUNDING_AWARD), Set.of(POLICY)),
            rel("INVOLVES", Set.of(EVENT), Set.of(ORGANIZATION, FACILITY, CONSORTIUM, POLICY, FUNDING_AWARD),
                    text("role")),
            rel("OF_MATERIAL", Set.of(PRODUCTION_STAT), Set.of(MATERIAL)),
            rel("FOR_COUNTRY", Set.of(PRODUCTION_STAT), Set.of(COUNTRY)),
            rel("STATED_IN", Set.of(CLAIM, PRODUCTION_STAT), Set.of(SOURCE)),
            rel("ABOUT", Set.of(CLAIM), ANY),
            rel("CONFLICTS_WITH", Set.of(CLAIM), Set.of(CLAIM), text("reason")));

    private Vocabulary() {
    }

    static Optional<NodeSchema> node(String label) {
        return Optional.ofNullable(NODES.get(label));
    }

    static Optional<RelationshipSchema> relationship(String type) {
        return Optional.ofNullable(RELATIONSHIPS.get(type));
    }

    static Set<String> labels() {
        return new TreeSet<>(NODES.keySet());
    }

    static Set<String> types() {
        return new TreeSet<>(RELATIONSHIPS.keySet());
    }

    private static NodeSchema node(String label, Column... columns) {
        return new NodeSchema(label, true, withSources(List.of(columns)));
    }

    /** Every node may name its sources; every relationship must (docs/data.md, "Provenance: the rule"). */
    private static List<Column> withSources(List<Column> columns) {
        var all = new ArrayList<>(columns);
        all.add(of("sources", LIST));
        return all;
    }

    private static RelationshipSchema rel(String type, Set<String> from, Set<String> to, Column... columns) {
        var all = new ArrayList<>(List.of(columns));
        all.add(of("sources", LIST).asRequired());
        all.add(of("claims", LIST));
        all.add(of("validFrom", DATE));
        all.add(of("validTo", DATE));
        return new RelationshipSchema(type, from, to, all);
    }

    @SafeVarargs
    private static <T> Map<String, T> index(Function<T, String> key, T... values) {
        return Stream.of(values).collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }
}
