package org.batterygraph.graph;

import java.util.List;

import org.batterygraph.api.LimitExceededException;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.RelationshipType;

/**
 * The hard bounds of the relationship queries. Checked before any Cypher runs: a request beyond them costs no
 * database work and gets an error with a code. Relationship types and labels are GraphQL enums of the model, so
 * an unknown one is refused by validation.
 */
final class Bounds {

    static final int MAX_DEPTH = 3;
    static final int MAX_NODES = 500;
    static final int MAX_HOPS = 6;
    static final int MAX_PATHS = 25;
    static final int MAX_CHAIN_LENGTH = 8;
    /** Paths enumerated at most per query before de-duplication: what keeps a hub from exploding. */
    static final int PATH_BUDGET = 10_000;

    private Bounds() {
    }

    static int within(String argument, Integer value, int defaultValue, int min, int max) throws LimitExceededException {
        int v = value == null ? defaultValue : value;
        if (v < min || v > max) {
            throw new LimitExceededException("%s must be between %d and %d, was %d".formatted(argument, min, max, v));
        }
        return v;
    }

    /** The requested relationship types, or the knowledge and statistics relationships when none are asked for. */
    static List<String> types(List<RelationshipType> requested) {
        return (requested == null || requested.isEmpty() ? RelationshipType.domain() : requested).stream()
                .filter(java.util.Objects::nonNull).map(RelationshipType::type).distinct().toList();
    }

    /** The requested labels, or null (no label filter) when none are asked for. */
    static List<String> labels(List<NodeKind> requested) {
        return requested == null || requested.isEmpty() ? null
                : requested.stream().filter(java.util.Objects::nonNull).map(NodeKind::label).distinct().toList();
    }
}
