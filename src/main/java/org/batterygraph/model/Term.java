package org.batterygraph.model;

import java.util.Arrays;
import java.util.List;

/**
 * A value of one of the model's closed value sets (an enum of this package): its GraphQL name is the enum
 * constant's, {@link #stored()} is how the graph stores it (the same, unless the enum says otherwise).
 *
 * <p>The spelling convention (docs/architecture.md, "Enum spelling"): a value set's constants are spelled as the
 * graph stores them ({@code Announced}, {@code high}, {@code pCAM}), so that what Cypher answers and what GraphQL
 * answers agree; switches that are not stored (the features' ordering and grouping enums) are SCREAMING_CASE; and
 * {@link CapacityUnit} is SCREAMING_CASE because its stored values ({@code GWh/yr}) are not GraphQL names, with
 * {@code capacityUnitLabel} giving the stored label for display.
 */
public interface Term {

    String name();

    /** The value as a node or relationship property holds it. */
    default String stored() {
        return name();
    }

    /** The stored values of a value set, in declaration order. */
    static List<String> stored(Class<? extends Term> set) {
        return Arrays.stream(set.getEnumConstants()).map(Term::stored).toList();
    }

    /** The term of {@code set} stored as {@code stored}; null for null. A stored value outside the model is a bug. */
    static <T extends Term> T of(Class<T> set, String stored) {
        if (stored == null) {
            return null;
        }
        for (var term : set.getEnumConstants()) {
            if (term.stored().equals(stored)) {
                return term;
            }
        }
        throw new IllegalStateException("the graph holds %s '%s', which the model does not know; known: %s"
                .formatted(set.getSimpleName(), stored, stored(set)));
    }

    /** The stored form of a term, null for null: for query parameters. */
    static String storedOrNull(Term term) {
        return term == null ? null : term.stored();
    }
}
