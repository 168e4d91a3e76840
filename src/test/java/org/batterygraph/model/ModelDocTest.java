package org.batterygraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The model tables of docs/data.md are the model: rendered from it, they must read the same. */
class ModelDocTest {

    static final Path DOC = Path.of("docs/data.md");
    static final String NODES_HEADER = "| label | id prefix | properties |\n|---|---|---|\n";
    static final String RELATIONSHIPS_HEADER = "| type | from → to | properties | written by |\n|---|---|---|---|\n";

    @Test
    void nodesTableIsTheModel() throws IOException {
        assertThat(table(Files.readString(DOC), NODES_HEADER)).isEqualTo(nodes());
    }

    @Test
    void relationshipsTableIsTheModel() throws IOException {
        assertThat(table(Files.readString(DOC), RELATIONSHIPS_HEADER)).isEqualTo(relationships());
    }

    /** The rows below a table's header, up to the first line that is not a row. */
    static String table(String doc, String header) {
        int start = doc.indexOf(header);
        assertThat(start).as("docs/data.md has a table headed %s", header.lines().findFirst().orElseThrow()).isNotNegative();
        return doc.substring(start + header.length()).lines().takeWhile(l -> l.startsWith("|"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    static String nodes() {
        return Arrays.stream(NodeKind.values())
                .map(k -> "| `%s` | `%s:` | %s%s |".formatted(k.label(), k.idPrefix(), properties(k.properties()),
                        k.note() == null ? "" : "; " + k.note()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    static String relationships() {
        return Arrays.stream(RelationshipType.values())
                .map(t -> "| `%s` | %s → %s%s | %s | %s |".formatted(t.type(), either(t.from()),
                        t.to().size() == NodeKind.values().length ? "any kind" : either(t.to()),
                        t.note() == null ? "" : " (" + t.note() + ")", properties(t.properties()),
                        t.layer().name().toLowerCase()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String either(List<NodeKind> kinds) {
        var names = kinds.stream().map(NodeKind::label).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String properties(List<Property> properties) {
        return properties.stream().map(p -> "`" + p.name() + "`" + switch (p.type()) {
            case TEXT -> p.note() == null ? "" : " (" + p.note() + ")";
            case INTEGER -> " (integer" + (p.note() == null ? "" : "; " + p.note()) + ")";
            case NUMBER -> p.note() == null ? " (number)" : " (number; " + p.note() + ")";
            case SHARE -> " (0..1)";
            case DATE -> " (date)";
            case LIST -> " (list)";
            case TERM -> " (" + String.join(", ", p.allowed()) + ")";
            case POINT -> p.note() == null ? " (point)" : " (point; " + p.note() + ")";
        }).collect(Collectors.joining(", "));
    }

    /** Prints the tables, to paste into docs/data.md after a model change. */
    public static void main(String[] args) {
        System.out.print(NODES_HEADER + nodes() + "\n" + RELATIONSHIPS_HEADER + relationships());
    }
}
