package org.batterygraph.bulk;

import java.util.List;

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

    static Column oneOf(String name, String... allowed) {
        return new Column(name, ColumnType.ENUM, List.of(allowed), false);
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
