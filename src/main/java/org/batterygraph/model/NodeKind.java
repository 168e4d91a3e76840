package org.batterygraph.model;

import static org.batterygraph.model.Property.ValueType.DATE;
import static org.batterygraph.model.Property.ValueType.INTEGER;
import static org.batterygraph.model.Property.ValueType.LIST;
import static org.batterygraph.model.Property.ValueType.NUMBER;
import static org.batterygraph.model.Property.ValueType.POINT;
import static org.batterygraph.model.Property.basisOf;
import static org.batterygraph.model.Property.of;
import static org.batterygraph.model.Property.oneOf;
import static org.batterygraph.model.Property.precisionOf;
import static org.batterygraph.model.Property.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The node kinds of the graph (docs/data.md, "Nodes"): each constant's name is its Neo4j label, with the prefix of
 * its ids and its properties besides {@code id}, {@code name} and {@code sources}. Every node also carries
 * {@link #ENTITY}. Cypher text built from these constants never contains user input.
 */
@Enum("NodeLabel")
@Description("The kind of a node, as its Neo4j label.")
public enum NodeKind {
    Organization("org", null, oneOf("orgType", OrganizationType.class), of("aliases", LIST), text("description"),
            text("website"), text("ticker"), of("founded", DATE), precisionOf("founded"), basisOf("founded")),
    Consortium("consortium", null, of("aliases", LIST), text("description"), of("launched", DATE), precisionOf("launched"), basisOf("launched"),
            text("scope")),
    Country("country", null, text("iso2"), text("iso3")),
    Subdivision("subdivision", null, text("code", "ISO 3166-2"), text("kind", "State, Land, ...")),
    Material("material", null, oneOf("kind", MaterialKind.class), of("aliases", LIST)),
    Facility("facility", null, oneOf("type", FacilityType.class), oneOf("status", FacilityStatus.class),
            text("city"), text("county"), of("capacity", NUMBER), oneOf("capacityUnit", CapacityUnit.class),
            of("investmentUsd", INTEGER), of("jobs", INTEGER), of("areaAcres", NUMBER), of("announced", DATE),
            precisionOf("announced"), basisOf("announced"), of("opened", DATE), precisionOf("opened"), basisOf("opened"),
            of("cancelled", DATE), precisionOf("cancelled"), basisOf("cancelled"),
            text("address"), of("location", POINT, "only where the source says it is the facility's known place"),
            of("capexMusd2023", NUMBER, "estimated total CAPEX, million 2023 US dollars (Clean Investment Monitor)"),
            text("projectType", "New, Expansion, Restart, as the dataset states it"),
            text("subcategory", "the dataset's technology detail, e.g. Cells, Modules"),
            text("product", "Post-IRA: the dataset's product, e.g. Batteries: Cells; Batteries: Packs"),
            text("investmentBand", "Post-IRA: the reported investment's band, e.g. 100M - 1B"),
            text("jobsBand", "Post-IRA: the reported jobs' band, e.g. Less than 100"),
            text("iraTimeline", "Post-IRA: Pre-Inflation Reduction Act or Post-Inflation Reduction Act, as stated"),
            of("locationRoundedDeg", NUMBER, "the location is rounded to this many degrees (Post-IRA: 0.1)")),
    Policy("policy", null, oneOf("kind", PolicyKind.class), of("enacted", DATE), text("description")),
    FundingAward("award", null, oneOf("kind", FundingKind.class),
            new Property("amountUsd", INTEGER, null, "none when the source gives a range"),
            new Property("amountUsdMin", INTEGER, null, "a range's minimum"), new Property("amountUsdMax", INTEGER, null, "a range's maximum"),
            of("awarded", DATE), precisionOf("awarded"), basisOf("awarded"), oneOf("status", FundingStatus.class)),
    Event("event", null, oneOf("type", EventType.class), of("date", DATE), precisionOf("date"), basisOf("date"),
            text("description"), new Property("amountUsd", INTEGER, null, "none when the source gives a range"),
            new Property("amountUsdMin", INTEGER, null, "a range's minimum"), new Property("amountUsdMax", INTEGER, null, "a range's maximum"),
            of("jobs", INTEGER)),
    ProductionStat("stat", null, oneOf("metric", Metric.class), of("year", INTEGER),
            of("value", NUMBER, "none when qualified"), oneOf("qualifier", StatQualifier.class),
            of("bound", NUMBER, "LowerBound, UpperBound only"), text("reported", "the cell as printed"),
            text("series", "the table's column"), text("unit"), text("edition"), text("basis"),
            oneOf("confidence", Confidence.class)),
    InvestmentStat("invest", "one quarter of a dataset's federal investment series; values in million 2023 US dollars",
            text("segment", "Manufacturing, Energy and Industry, Retail"), text("category", "as the dataset names it"),
            text("quarter", "YYYY-Qn"), of("year", INTEGER), of("value", NUMBER), text("unit"),
            text("edition", "the dataset's release")),
    Deposit("deposit", "production rates in kt Li per year", oneOf("resourceType", DepositType.class),
            text("resourceTypeDetail", "the dataset's own class"), oneOf("status", DepositStatus.class),
            of("location", POINT), of("reservesKtLi", NUMBER), of("resourcesKtLi", NUMBER, "all resources"),
            of("demonstratedResourcesKtLi", NUMBER), of("inferredResourcesKtLi", NUMBER),
            of("productionRate2022", NUMBER), of("productionRate2023", NUMBER), of("productionRate2025", NUMBER),
            of("productionRate2030", NUMBER)),
    Source("source", null, text("title"), text("publisher"), text("url", "absolute http(s), or none"),
            text("citation", "how to find a source without a working address"), text("file", "seed articles"),
            of("published", DATE), oneOf("publishedPrecision", DatePrecision.class), oneOf("kind", SourceKind.class),
            text("licence", "datasets: the terms of reuse"), text("release", "datasets: the release or edition")),
    Claim("claim", "written by the API also `recordedBy`, `recordedAt`, once retired `retiredBy`, `retiredAt`, "
            + "`retiredReason`, once superseded `supersededBy`, `supersededAt`, `supersededByUser`; `preferred` (an editor's choice)", oneOf("evidenceKind", EvidenceKind.class), text("quote", "Quote only: the source's words"),
            text("paraphrase", "Paraphrase only"), text("paraphrasedBy", "Paraphrase only"),
            text("recordDataset", "Record only"), text("recordRelease", "Record only"), text("recordKey", "Record only"),
            of("assertedOn", DATE), oneOf("assertedPrecision", DatePrecision.class),
            oneOf("assertedBasis", DateBasis.class), of("validFrom", DATE),
            of("validTo", DATE), oneOf("confidence", Confidence.class), text("predicate"), text("subjectId"),
            text("objectId"), text("property"), text("value"), oneOf("status", ClaimStatus.class));

    /** The label every node carries besides its kind's: its {@code id} is unique across kinds. */
    public static final String ENTITY = "Entity";

    private final String idPrefix;
    private final String note;
    private final List<Property> properties;

    NodeKind(String idPrefix, String note, Property... properties) {
        this.idPrefix = idPrefix;
        this.note = note;
        this.properties = List.of(properties);
    }

    /** The Neo4j label. */
    public String label() {
        return name();
    }

    /** Ids of this kind start with this and a colon, e.g. {@code org:kore-power}. */
    public String idPrefix() {
        return idPrefix;
    }

    /** Properties besides id, name and sources, in the order docs/data.md lists them. */
    public List<Property> properties() {
        return properties;
    }

    /** The property of this name, if the kind has it. */
    public Optional<Property> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Whether a property is a state that holds from a date on (a facility's or an award's {@code status}): two sources
     * giving it different values contradict each other only for the same date (ConflictKind.StatusesOnSameDate);
     * for any other property different values do (ConflictKind.DifferentValues).
     */
    public boolean state(String property) {
        return property(property).filter(p -> p.name().equals("status") && p.type() == Property.ValueType.TERM).isPresent();
    }

    /** What the properties do not say; null when nothing. */
    public String note() {
        return note;
    }

    /** The kind whose prefix the id carries, e.g. Facility for {@code facility:koreplex}; empty for none. */
    public static Optional<NodeKind> ofId(String id) {
        int colon = id.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        var prefix = id.substring(0, colon);
        return Arrays.stream(values()).filter(k -> k.idPrefix.equals(prefix)).findFirst();
    }

    /** The kinds whose nodes the knowledge graph serves as entities (claims and statistics are reached from them). */
    public boolean entity() {
        return this != Claim && this != ProductionStat && this != InvestmentStat;
    }
}
