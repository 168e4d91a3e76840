package org.batterygraph.bulk;

import java.util.List;
import java.util.Set;

/** The endpoints a relationship type connects and the columns a {@code rels-<TYPE>.csv} file may have. */
record RelationshipSchema(String type, Set<String> fromLabels, Set<String> toLabels, List<Column> columns) {

    RelationshipSchema {
        fromLabels = Set.copyOf(fromLabels);
        toLabels = Set.copyOf(toLabels);
        columns = List.copyOf(columns);
    }
}
