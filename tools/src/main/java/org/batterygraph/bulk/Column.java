package org.batterygraph.bulk;

import java.util.List;

import org.batterygraph.model.Property;

/** One property column of the import layout: its name (= the Neo4j property), type, and allowed values (enums). */
record Column(String name, ColumnType type, List<String> allowed, boolean required) {

    Column {
        allowed = List.copyOf(allowed);
    }

    static Column text(String name) {
        return new Column(name, ColumnType.TEXT, List.of(), false);
    }

    static Column of(String name, ColumnType type) {
        return new Column(name, type, List.of(), false);
    }

    /** The column of a model property: its type, and for a value set the stored values it allows. */
    static Column of(Property property) {
        return new Column(property.name(), ColumnType.valueOf(property.type().name()), property.allowed(), false);
    }

    Column asRequired() {
        return new Column(name, type, allowed, true);
    }

    /** The cell as a Neo4j value, or null for an empty optional cell (the property is then left as it is). */
    Object value(String cell) {
        if (cell == null || cell.isBlank()) {
            if (required) {
                throw new RowRejectedException(name + " is required");
            }
            return null;
        }
        Object value = type.parse(name, cell.strip(), allowed);
        if (required && value instanceof List<?> list && list.isEmpty()) {
            throw new RowRejectedException(name + " is required");
        }
        return value;
    }
}
