package org.batterygraph.node;

import org.batterygraph.consortium.Consortium;
import org.batterygraph.deposit.Deposit;
import org.batterygraph.event.Event;
import org.batterygraph.facility.Facility;
import org.batterygraph.funding.FundingAward;
import org.batterygraph.material.Material;
import org.batterygraph.model.NodeKind;
import org.batterygraph.organization.Organization;
import org.batterygraph.place.Country;
import org.batterygraph.place.Subdivision;
import org.batterygraph.policy.Policy;
import org.batterygraph.source.Source;
import org.neo4j.driver.Value;

/** The GraphQL type of each entity kind: the one place that maps a node of any kind to its record. */
public final class Nodes {

    private Nodes() {
    }

    /** The record of a node of this kind; null for the kinds that are not entities (claims, statistics). */
    public static Node from(NodeKind kind, Value node) {
        return switch (kind) {
            case Organization -> Organization.from(node);
            case Consortium -> Consortium.from(node);
            case Country -> Country.from(node);
            case Subdivision -> Subdivision.from(node);
            case Material -> Material.from(node);
            case Facility -> Facility.from(node);
            case Policy -> Policy.from(node);
            case FundingAward -> FundingAward.from(node);
            case Event -> Event.from(node);
            case Source -> Source.from(node);
            case Deposit -> Deposit.from(node);
            case ProductionStat, InvestmentStat, Claim -> null;
        };
    }
}
