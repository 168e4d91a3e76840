package org.batterygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The seed graph as the files in cypher/seed/ write it, read by the tests with plain text parsing (not through
 * Neo4j and not with the API's Cypher), so that expected answers do not come from the code under test.
 */
public final class SeedFiles {

    /** One entity row of 010-nodes.cypher with its literal properties (strings, numbers, dates as text). */
    public record Entity(String id, String label, String name, Map<String, String> props) {
        public String prop(String key) {
            return props.get(key);
        }

        public Double number(String key) {
            return props.containsKey(key) ? Double.valueOf(props.get(key)) : null;
        }
    }

    /** One row of 020-relationships.cypher (a relationship stated by one source); role null where none is given. */
    public record Relationship(String from, String type, String to, String role) {
    }

    private static final Pattern ENTITY = Pattern.compile(
            "\\{id: '([^']+)', label: '(\\w+)', name: '((?:[^'\\\\]|\\\\.)*)',\\s*props: \\{((?:[^{}']|'(?:[^'\\\\]|\\\\.)*')*)\\}");
    private static final Pattern PROP = Pattern.compile(
            "(\\w+): (?:'((?:[^'\\\\]|\\\\.)*)'|date\\('([\\d-]+)'\\)|(-?[\\d.]+)(?=[,}\\s]|$))");
    private static final Pattern RELATIONSHIP = Pattern.compile(
            "\\{from: '([^']+)', type: '(\\w+)', to: '([^']+)'(?:, props: \\{role: '([^']+)')?");

    private SeedFiles() {
    }

    public static List<Entity> entities() {
        var entities = new ArrayList<Entity>();
        var rows = ENTITY.matcher(read("cypher/seed/010-nodes.cypher"));
        while (rows.find()) {
            var props = new HashMap<String, String>();
            var prop = PROP.matcher(rows.group(4));
            while (prop.find()) {
                var value = prop.group(2) != null ? prop.group(2) : prop.group(3) != null ? prop.group(3) : prop.group(4);
                props.putIfAbsent(prop.group(1), value);
            }
            entities.add(new Entity(rows.group(1), rows.group(2), rows.group(3).replace("\\'", "'"), props));
        }
        int rowsInFile = read("cypher/seed/010-nodes.cypher").split("\\{id: '", -1).length - 1;
        if (entities.size() != rowsInFile) {
            throw new IllegalStateException("parsed %d of the %d rows of 010-nodes.cypher".formatted(entities.size(), rowsInFile));
        }
        return entities;
    }

    /** Every row of {@code label}; fails when the parser missed a row the file has. */
    public static List<Entity> entities(String label) {
        var parsed = entities().stream().filter(e -> e.label().equals(label)).toList();
        var text = read("cypher/seed/010-nodes.cypher");
        int rows = text.split("label: '" + label + "'", -1).length - 1;
        if (parsed.size() != rows) {
            throw new IllegalStateException("parsed %d of the %d %s rows of 010-nodes.cypher".formatted(parsed.size(), rows, label));
        }
        return parsed;
    }

    public static List<Relationship> relationships(String type) {
        var found = new ArrayList<Relationship>();
        var rows = RELATIONSHIP.matcher(read("cypher/seed/020-relationships.cypher"));
        while (rows.find()) {
            if (rows.group(2).equals(type)) {
                found.add(new Relationship(rows.group(1), rows.group(2), rows.group(3), rows.group(4)));
            }
        }
        return found.stream().distinct().toList();
    }

    /** Facilities located in {@code country} directly or in one of its subdivisions (PART_OF). */
    public static List<String> facilitiesIn(String country) {
        var subdivisions = relationships("PART_OF").stream().filter(r -> r.to().equals(country)).map(Relationship::from).toList();
        return relationships("LOCATED_IN").stream()
                .filter(r -> r.to().equals(country) || subdivisions.contains(r.to()))
                .map(Relationship::from).distinct().toList();
    }

    /** The reasons of the CONFLICTS_WITH rows of 050-conflicts.cypher. */
    public static List<String> conflictReasons() {
        var reasons = new ArrayList<String>();
        var rows = Pattern.compile("\\{a: '[^']+', b: '[^']+', reason: '((?:[^'\\\\]|\\\\.)*)'\\}").matcher(read("cypher/seed/050-conflicts.cypher"));
        while (rows.find()) {
            reasons.add(rows.group(1).replace("\\'", "'"));
        }
        return reasons;
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
