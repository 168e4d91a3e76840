package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * Why two claims contradict each other, stored as {@code kind} on CONFLICTS_WITH (docs/data.md, "Conflicts the
 * graph finds"). Curated conflicts come from the seed and imports; the others are found by the write that records
 * one of the two claims, in its transaction.
 */
@Enum("ConflictKind")
@Description("""
        Why two claims contradict each other: Curated (found by an editor; the reason says why); DifferentValues (two \
        sources give one property of one node different values); StatusesOnSameDate (two sources give a node \
        different statuses for the same date); ExclusiveRelationship (two sources name different nodes where only \
        one can be, such as two operators of one facility at the same time).""")
public enum ConflictKind implements Term {
    Curated, DifferentValues, StatusesOnSameDate, ExclusiveRelationship
}
