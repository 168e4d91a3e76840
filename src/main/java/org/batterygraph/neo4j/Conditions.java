package org.batterygraph.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.model.Term;

/**
 * The conditions of a list filter on node {@code n}: a constant Cypher condition per filter field that is set, its
 * value a parameter (a model term as its stored form). Leaving out the unset ones (rather than
 * {@code $x IS NULL OR ...}) lets the planner start from the index of a condition that is set.
 */
public final class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code condition}, which reads parameter {@code $name}, when {@code value} is set. */
    public Conditions when(Object value, String name, String condition) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value instanceof Term term ? term.stored() : value);
        }
        return this;
    }

    /**
     * An inclusive range of the filter fields {@code from} and {@code to} on property {@code n.<property>} (the
     * names are fixed by the filter, the values are the parameters {@code $from} and {@code $to}): a condition per
     * bound that is set. A range that ends before it starts is refused, before any Cypher runs.
     */
    public <T extends Comparable<? super T>> Conditions range(String property, String from, T fromValue, String to,
            T toValue) throws InvalidArgumentException {
        if (fromValue != null && toValue != null && toValue.compareTo(fromValue) < 0) {
            throw new InvalidArgumentException("%s must not be %s %s".formatted(to,
                    toValue instanceof Number ? "below" : "before", from));
        }
        return when(fromValue, from, "n." + property + " >= $" + from).when(toValue, to, "n." + property + " <= $" + to);
    }

    /** A parameter that conditions read besides their own (a modifier such as a date, a constant of the model). */
    public Conditions parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** The conditions joined with AND; {@code true} when none is set. */
    public String predicate() {
        return conditions.isEmpty() ? "true" : String.join("\n  AND ", conditions);
    }

    public Map<String, Object> parameters() {
        return java.util.Collections.unmodifiableMap(parameters); // values may be null
    }
}
