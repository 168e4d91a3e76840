package org.batterygraph.bulk;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** A file of the import directory: {@code nodes-<Label>.csv} or {@code rels-<TYPE>.csv}. */
record ImportFile(Path path, Kind kind, String name) {

    enum Kind { NODES, RELATIONSHIPS }

    private static final Pattern NAME = Pattern.compile("(nodes|rels)-(.+)\\.csv");

    /** The file's kind and label or type as written in its name (not yet checked against the vocabulary). */
    static Optional<ImportFile> of(Path path) {
        var m = NAME.matcher(path.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ImportFile(path, m.group(1).equals("nodes") ? Kind.NODES : Kind.RELATIONSHIPS, m.group(2)));
    }

    String fileName() {
        return path.getFileName().toString();
    }
}
