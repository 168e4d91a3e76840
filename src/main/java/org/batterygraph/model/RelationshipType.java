package org.batterygraph.model;

import static org.batterygraph.model.NodeKind.Claim;
import static org.batterygraph.model.NodeKind.Consortium;
import static org.batterygraph.model.NodeKind.Country;
import static org.batterygraph.model.NodeKind.Deposit;
import static org.batterygraph.model.NodeKind.Event;
import static org.batterygraph.model.NodeKind.Facility;
import static org.batterygraph.model.NodeKind.FundingAward;
import static org.batterygraph.model.NodeKind.InvestmentStat;
import static org.batterygraph.model.NodeKind.Material;
import static org.batterygraph.model.NodeKind.Organization;
import static org.batterygraph.model.NodeKind.Policy;
import static org.batterygraph.model.NodeKind.ProductionStat;
import static org.batterygraph.model.NodeKind.Source;
import static org.batterygraph.model.NodeKind.Subdivision;
import static org.batterygraph.model.Property.ValueType.NUMBER;
import static org.batterygraph.model.Property.ValueType.SHARE;
import static org.batterygraph.model.Property.of;
import static org.batterygraph.model.Property.oneOf;
import static org.batterygraph.model.Property.text;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The relationship types of the graph (docs/data.md, "Relationships"): the kinds each end may have and the
 * properties besides the provenance ones every relationship carries ({@code sources}, {@code claims},
 * {@code validFrom}, {@code validTo}).
 */
@Enum("RelationshipType")
@Description("""
        A relationship type of the graph; its ends must be of the kinds docs/data.md lists. Contributors may assert \
        the knowledge relationships; statistics and the claim layer (ABOUT, STATED_IN, CONFLICTS_WITH) are written \
        by imports and the API.""")
public enum RelationshipType {
    HEADQUARTERED_IN(Layer.KNOWLEDGE, List.of(Organization), List.of(Subdivision, Country), null),
    MEMBER_OF(Layer.KNOWLEDGE, List.of(Organization), List.of(Consortium), null, oneOf("role", MembershipRole.class)),
    LAUNCHED_BY(Layer.KNOWLEDGE, List.of(Consortium), List.of(Organization), null),
    BASED_IN(Layer.KNOWLEDGE, List.of(Consortium), List.of(Country), null),
    OWNS(Layer.KNOWLEDGE, List.of(Organization), List.of(Organization, Facility), null, of("share", SHARE)),
    OPERATES(Layer.KNOWLEDGE, List.of(Organization), List.of(Facility), null),
    OFFTAKES(Layer.KNOWLEDGE, List.of(Organization), List.of(Facility), null),
    LOCATED_IN(Layer.KNOWLEDGE, List.of(Facility, Deposit), List.of(Subdivision, Country), null),
    PART_OF(Layer.KNOWLEDGE, List.of(Subdivision), List.of(Country), null),
    PRODUCES(Layer.KNOWLEDGE, List.of(Facility), List.of(Material), null),
    CONSUMES(Layer.KNOWLEDGE, List.of(Facility), List.of(Material), null),
    INPUT_TO(Layer.KNOWLEDGE, List.of(Material), List.of(Material),
            "material flow: lithium → lithium hydroxide → cathode → cell"),
    ENACTED_BY(Layer.KNOWLEDGE, List.of(Policy), List.of(Country), null),
    AWARDED_TO(Layer.KNOWLEDGE, List.of(FundingAward), List.of(Organization), null),
    FOR_FACILITY(Layer.KNOWLEDGE, List.of(FundingAward), List.of(Facility), null),
    GRANTED_BY(Layer.KNOWLEDGE, List.of(FundingAward), List.of(Organization), null),
    UNDER(Layer.KNOWLEDGE, List.of(FundingAward), List.of(Policy), null),
    INVOLVES(Layer.KNOWLEDGE, List.of(Event), List.of(Organization, Facility, Consortium, Policy, FundingAward), null,
            text("role")),
    OF_MATERIAL(Layer.STATISTIC, List.of(ProductionStat), List.of(Material), null),
    FOR_COUNTRY(Layer.STATISTIC, List.of(ProductionStat), List.of(Country), null),
    COVERS(Layer.STATISTIC, List.of(InvestmentStat), List.of(Policy),
            "a category's figure to a policy the dataset says the category includes; the figure is the category's, not the policy's alone"),
    STATED_IN(Layer.CLAIM, List.of(Claim, ProductionStat, InvestmentStat), List.of(Source), null),
    CITES(Layer.CLAIM, List.of(Claim), List.of(Source),
            "a Record claim's further source: the web page its dataset row names; the claim stays STATED_IN the dataset"),
    ABOUT(Layer.CLAIM, List.of(Claim), List.of(NodeKind.values()),
            "the node it is about; for a relationship claim, its start node"),
    CONFLICTS_WITH(Layer.CLAIM, List.of(Claim), List.of(Claim), null, oneOf("kind", ConflictKind.class), text("reason")),
    POSSIBLY_SAME_AS(Layer.CLAIM, List.of(Facility, Organization), List.of(Facility, Organization),
            "an imported record's node to a node it may be, below the resolution threshold (never merged)",
            of("score", NUMBER), text("method"));

    /** Who writes a relationship type. */
    public enum Layer {
        /** Facts contributors may assert, each backed by claims. */
        KNOWLEDGE,
        /** Statistics tables, written by imports. */
        STATISTIC,
        /** The claim layer, written by the API and imports. */
        CLAIM
    }

    private final Layer layer;
    private final List<NodeKind> from;
    private final List<NodeKind> to;
    private final String note;
    private final List<Property> properties;

    RelationshipType(Layer layer, List<NodeKind> from, List<NodeKind> to, String note, Property... properties) {
        this.layer = layer;
        this.from = from;
        this.to = to;
        this.note = note;
        this.properties = List.of(properties);
    }

    public Layer layer() {
        return layer;
    }

    /** The Neo4j relationship type. */
    public String type() {
        return name();
    }

    /** The kinds its start node may have. */
    public List<NodeKind> from() {
        return from;
    }

    /** The kinds its end node may have. */
    public List<NodeKind> to() {
        return to;
    }

    public List<String> fromLabels() {
        return from.stream().map(NodeKind::label).toList();
    }

    public List<String> toLabels() {
        return to.stream().map(NodeKind::label).toList();
    }

    /** What the end kinds do not say; null when nothing. */
    public String note() {
        return note;
    }

    /** Properties besides the provenance ones. */
    public List<Property> properties() {
        return properties;
    }

    /** The property of this name, or null when the type has none. */
    public Property property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * Whether the end node has one start node of this type at a time: a facility has one operator. Two sources naming
     * different start nodes for overlapping times conflict (ConflictKind.ExclusiveRelationship); one source naming
     * both states a joint one.
     */
    public boolean exclusive() {
        return this == OPERATES;
    }

    /** Whether a contributor may assert it. */
    public boolean contributable() {
        return layer == Layer.KNOWLEDGE;
    }

    /** The knowledge and statistics relationships: what the relationship queries traverse unless asked otherwise. */
    public static List<RelationshipType> domain() {
        return Arrays.stream(values()).filter(t -> t.layer != Layer.CLAIM).toList();
    }

    /** All types, by Neo4j name. */
    public static Set<String> names() {
        return Set.copyOf(Arrays.stream(values()).map(RelationshipType::type).toList());
    }
}
