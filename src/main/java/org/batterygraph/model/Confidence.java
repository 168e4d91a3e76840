package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Confidence")
@Description("How sure a claim or statistic is of its source's statement.")
public enum Confidence implements Term {
    high, medium, low;

    /** Stored value → rank (highest for high), for the value rule's ORDER BY in Cypher ({@code $rank[c.confidence]}). */
    public static java.util.Map<String, Object> ranks() {
        return java.util.Arrays.stream(values())
                .collect(java.util.stream.Collectors.toMap(Confidence::stored, c -> values().length - c.ordinal()));
    }
}
