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
    private final Map<String, String> computed = new HashMap<>();
    private String hint = "";

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

    /**
     * An inclusive range filter, like {@link #range}, on an amount that a node holds either as a point value
     * ({@code n.<property>}) or, where its source gives a range, as {@code n.<property>Min} and
     * {@code n.<property>Max} without a point value: a node matches when its value, or any part of its range, lies
     * within the filter's range (docs/data.md, "Dates and ranges"). Each bound is one OR of two indexed conditions.
     */
    public Conditions rangeOrSpan(String property, String from, Double fromValue, String to, Double toValue)
            throws InvalidArgumentException {
        if (fromValue != null && toValue != null && toValue < fromValue) {
            throw new InvalidArgumentException("%s must not be below %s".formatted(to, from));
        }
        return when(fromValue, from, "(n.%1$s >= $%2$s OR n.%1$sMax >= $%2$s)".formatted(property, from))
                .when(toValue, to, "(n.%1$s <= $%2$s OR n.%1$sMin <= $%2$s)".formatted(property, to));
    }

    /** A parameter that conditions read besides their own (a modifier such as a date, a constant of the model). */
    public Conditions parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /**
     * A planner hint for the list's {@code MATCH (n:Label)} (a constant such as
     * {@code USING POINT INDEX n:Facility(location)}): for a condition the planner would otherwise not start from,
     * because the id order of a page favours the unique index. The first hint set is kept.
     */
    public Conditions hint(String hint) {
        if (this.hint.isEmpty()) {
            this.hint = hint;
        }
        return this;
    }

    /** The hint, or an empty string for none. */
    public String hint() {
        return hint;
    }

    /**
     * Fields of the listed nodes that a condition computes (a distance from the filter's centre), by field name: a
     * constant Cypher expression of {@code n} and the conditions' parameters, projected when the field is selected.
     */
    public Conditions computed(Map<String, String> fields) {
        computed.putAll(fields);
        return this;
    }

    public Map<String, String> computed() {
        return Map.copyOf(computed);
    }

    /** The conditions joined with AND; {@code true} when none is set. */
    public String predicate() {
        return conditions.isEmpty() ? "true" : String.join("\n  AND ", conditions);
    }

    public Map<String, Object> parameters() {
        return java.util.Collections.unmodifiableMap(parameters); // values may be null
    }
}
