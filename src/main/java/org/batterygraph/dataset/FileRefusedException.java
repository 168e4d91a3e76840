package org.batterygraph.dataset;

import java.util.List;

/** A whole file refused before anything of it is written: its header is not the table its importer expects. */
public class FileRefusedException extends RuntimeException {

    public FileRefusedException(String message) {
        super(message);
    }

    /** "{@code file} is not a {@code table} table: expected the columns {@code expected}; found {@code found}". */
    public static FileRefusedException notTable(String file, String table, String expected, List<String> found) {
        return new FileRefusedException("%s is not a %s table: expected the columns %s; found %s"
                .formatted(file, table, expected, String.join(", ", found)));
    }

    /** Refuses the file unless its header names every required column; the message lists the missing ones last. */
    public static void requireColumns(String file, String table, List<String> required, List<String> header) {
        var missing = required.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new FileRefusedException(notTable(file, table, String.join(", ", required), header).getMessage()
                    + " (missing " + String.join(", ", missing) + ")");
        }
    }
}
