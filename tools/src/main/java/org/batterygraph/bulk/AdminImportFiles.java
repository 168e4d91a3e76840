package org.batterygraph.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Rewrites a directory of import files (the docs/import.md layout) for {@code neo4j-admin database import full}, the
 * offline loader of an empty database: the same rows, with a typed header ({@code id:ID}, {@code founded:date},
 * {@code :START_ID}, ...) taken from the {@link Vocabulary}. Prints the {@code --nodes}/{@code --relationships}
 * arguments for them, one per line. For generated graphs the benchmark loads at a million nodes; it skips the bulk
 * import's row checks (labels, kinds of ends), so it is for files that passed them, such as the generator's.
 *
 * <pre>scripts/java-main.sh org.batterygraph.bulk.AdminImportFiles IN_DIR OUT_DIR</pre>
 */
public final class AdminImportFiles {

    private AdminImportFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: AdminImportFiles IN_DIR OUT_DIR");
            System.exit(1);
        }
        System.out.println(String.join("\n", rewrite(Path.of(args[0]), Path.of(args[1]))));
    }

    /** Writes the rewritten files of {@code in} to {@code out}; returns neo4j-admin's arguments for them. */
    static List<String> rewrite(Path in, Path out) throws IOException {
        Files.createDirectories(out);
        var arguments = new ArrayList<String>();
        List<Path> files;
        try (var listing = Files.list(in)) {
            files = listing.sorted().toList();
        }
        for (var path : files) {
            var file = ImportFile.of(path).orElse(null);
            if (file == null) {
                continue;
            }
            var target = out.resolve(file.fileName());
            if (file.kind() == ImportFile.Kind.NODES) {
                var schema = Vocabulary.node(file.name())
                        .orElseThrow(() -> new IllegalArgumentException("no node label " + file.name() + " in the model"));
                rewrite(path, target, name -> switch (name) {
                    case "id" -> "id:ID";
                    case "name" -> "name";
                    default -> name + suffix(column(schema.columns(), name, file));
                });
                arguments.add("--nodes=Entity:" + schema.label() + "=" + target);
            } else {
                var schema = Vocabulary.relationship(file.name())
                        .orElseThrow(() -> new IllegalArgumentException("no relationship type " + file.name() + " in the model"));
                rewrite(path, target, name -> switch (name) {
                    case "from" -> ":START_ID";
                    case "to" -> ":END_ID";
                    default -> name + suffix(column(schema.columns(), name, file));
                });
                arguments.add("--relationships=" + schema.type() + "=" + target);
            }
        }
        return arguments;
    }

    private static Column column(List<Column> columns, String name, ImportFile file) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file.fileName() + ": unknown column " + name));
    }

    /** neo4j-admin's type of a column: strings need none; lists use the import layout's {@code |} delimiter. */
    private static String suffix(Column column) {
        return switch (column.type()) {
            case TEXT, TERM -> "";
            case INTEGER -> ":long";
            case NUMBER, SHARE -> ":double";
            case DATE -> ":date";
            case LIST -> ":string[]";
            case POINT -> throw new IllegalArgumentException(
                    "column " + column.name() + " holds points, which the offline layout does not take: load it with scripts/bulk-import.sh");
        };
    }

    /** The file with its header line replaced, the rows copied byte for byte. */
    private static void rewrite(Path in, Path out, UnaryOperator<String> header) throws IOException {
        try (InputStream input = Files.newInputStream(in); OutputStream output = Files.newOutputStream(out)) {
            var first = new StringBuilder();
            for (int b = input.read(); b != -1 && b != '\n'; b = input.read()) {
                first.append((char) b);
            }
            var names = first.toString().strip().split(",", -1);
            var typed = Arrays.stream(names).map(String::strip).map(header).collect(Collectors.joining(","));
            output.write((typed + "\n").getBytes(StandardCharsets.UTF_8));
            input.transferTo(output);
        }
    }
}
