package org.batterygraph.bulk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A file's header bound to the layout's columns: which cell holds which column, checked once per file. */
record Header(List<Column> columns) {

    Header {
        columns = List.copyOf(columns);
    }

    /**
     * Binds the header names to the key columns (id and name, or from and to) and the schema's property columns.
     * Unknown, duplicate or missing required columns refuse the file.
     */
    static Header bind(String[] names, List<Column> keys, List<Column> properties) {
        var known = new LinkedHashMap<String, Column>();
        Stream.concat(keys.stream(), properties.stream()).forEach(c -> known.put(c.name(), c));
        var bound = new ArrayList<Column>();
        var seen = new HashSet<String>();
        for (String raw : names) {
            String name = raw.strip();
            Column column = known.get(name);
            if (column == null) {
                throw new FileRejectedException("unknown column '%s'; this file's columns: %s"
                        .formatted(name, known.keySet()));
            }
            if (!seen.add(name)) {
                throw new FileRejectedException("column '%s' appears twice".formatted(name));
            }
            bound.add(column);
        }
        var missing = known.values().stream().filter(Column::required).map(Column::name)
                .filter(n -> !seen.contains(n)).toList();
        if (!missing.isEmpty()) {
            throw new FileRejectedException("missing required column(s) " + missing);
        }
        return new Header(bound);
    }

    /** The row's non-empty values by column name, each parsed and checked; throws for the first bad cell. */
    Map<String, Object> values(String[] cells) {
        if (cells.length != columns.size()) {
            throw new RowRejectedException("expected %d cells, found %d".formatted(columns.size(), cells.length));
        }
        var values = new LinkedHashMap<String, Object>();
        for (int i = 0; i < cells.length; i++) {
            Column column = columns.get(i);
            Object value = column.value(cells[i]);
            if (value != null) {
                values.put(column.name(), value);
            }
        }
        return values;
    }
}
