package org.batterygraph.graph;

import java.util.List;
import java.util.Set;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.LimitExceededException;
import org.batterygraph.neo4j.Kind;

/**
 * The hard bounds of the relationship queries and the vocabulary they accept. Checked before any Cypher runs:
 * a request beyond them costs no database work and gets an error with a code.
 */
final class Bounds {

    static final int MAX_DEPTH = 3;
    static final int MAX_NODES = 500;
    static final int MAX_HOPS = 6;
    static final int MAX_PATHS = 25;
    static final int MAX_CHAIN_LENGTH = 8;
    /** Paths enumerated at most per query before de-duplication: what keeps a hub from exploding. */
    static final int PATH_BUDGET = 10_000;

    /** The knowledge relationships; the claim layer (ABOUT, STATED_IN, CONFLICTS_WITH) is reached through provenance. */
    static final List<String> DOMAIN_TYPES = List.of("HEADQUARTERED_IN", "MEMBER_OF", "LAUNCHED_BY", "BASED_IN", "OWNS",
            "OPERATES", "OFFTAKES", "LOCATED_IN", "PART_OF", "PRODUCES", "CONSUMES", "INPUT_TO", "ENACTED_BY",
            "AWARDED_TO", "FOR_FACILITY", "GRANTED_BY", "UNDER", "INVOLVES", "OF_MATERIAL", "FOR_COUNTRY");
    static final Set<String> ALL_TYPES = Set.copyOf(concat(DOMAIN_TYPES, List.of("ABOUT", "STATED_IN", "CONFLICTS_WITH")));
    static final Set<String> LABELS = Set.copyOf(concat(
            java.util.Arrays.stream(Kind.values()).map(Kind::label).toList(), List.of("Claim", "ProductionStat")));

    private Bounds() {
    }

    static int within(String argument, Integer value, int defaultValue, int min, int max) throws LimitExceededException {
        int v = value == null ? defaultValue : value;
        if (v < min || v > max) {
            throw new LimitExceededException("%s must be between %d and %d, was %d".formatted(argument, min, max, v));
        }
        return v;
    }

    /** The requested relationship types, or the knowledge relationships when none are asked for. */
    static List<String> types(List<String> requested) throws InvalidArgumentException {
        return requested == null || requested.isEmpty() ? DOMAIN_TYPES : known("relationship types", requested, ALL_TYPES);
    }

    /** The requested labels, or null (no label filter) when none are asked for. */
    static List<String> labels(List<String> requested) throws InvalidArgumentException {
        return requested == null || requested.isEmpty() ? null : known("labels", requested, LABELS);
    }

    private static List<String> known(String what, List<String> requested, Set<String> vocabulary)
            throws InvalidArgumentException {
        var unknown = requested.stream().filter(t -> !vocabulary.contains(t)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidArgumentException("unknown %s %s; known: %s".formatted(what, unknown, vocabulary.stream().sorted().toList()));
        }
        return List.copyOf(requested);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
