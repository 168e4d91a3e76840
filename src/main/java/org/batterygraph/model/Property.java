package org.batterygraph.model;

import java.util.List;

/**
 * A property of a node kind or relationship type: its name (the Neo4j property), the type of its values, and for
 * {@link ValueType#TERM} the value set it takes its values from.
 */
public record Property(String name, ValueType type, Class<? extends Term> values, String note) {

    public enum ValueType {
        TEXT, INTEGER, NUMBER,
        /** A number from 0 to 1. */
        SHARE, DATE,
        /** A list of texts. */
        LIST,
        /** One value of a closed value set. */
        TERM,
        /** A place on the Earth: a Neo4j point in WGS-84 (latitude, longitude). */
        POINT
    }

    static Property text(String name) {
        return new Property(name, ValueType.TEXT, null, null);
    }

    static Property text(String name, String note) {
        return new Property(name, ValueType.TEXT, null, note);
    }

    static Property of(String name, ValueType type) {
        return new Property(name, type, null, null);
    }

    static Property of(String name, ValueType type, String note) {
        return new Property(name, type, null, note);
    }

    static Property oneOf(String name, Class<? extends Term> values) {
        return new Property(name, ValueType.TERM, values, null);
    }

    /**
     * How much of date property {@code date} is known ({@code <date>Precision}: Day, Month, Year): every dated fact
     * of a node carries one, named after its date, as a claim's {@code assertedOn} has {@code assertedPrecision}.
     */
    static Property precisionOf(String date) {
        return oneOf(date + "Precision", DatePrecision.class);
    }

    /** Whether the source states date property {@code date} or the editors estimated it ({@code <date>Basis}). */
    static Property basisOf(String date) {
        return oneOf(date + "Basis", DateBasis.class);
    }

    /** The stored values this property allows; empty unless it takes a value set's. */
    public List<String> allowed() {
        return values == null ? List.of() : Term.stored(values);
    }
}
