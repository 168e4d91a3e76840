package org.batterygraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One query of bench/suite/: a folder with query.json (title, paging, how to compare, expected refusals),
 * ours.graphql, reference.graphql, raw.cypher and optionally params.cypher (rows of variables, read from the
 * database so that the suite fits any generated graph).
 */
record QueryCase(String id, String title, String note, Map<Contender, String> documents, String paramsCypher,
        Paging paging, Comparison comparison, String expectedOursError, boolean requiresMutation,
        String uniqueVariable, Limits limits) {

    /** Several requests per operation: each passes the previous page's cursor as {@code variable}. */
    record Paging(int pages, String variable, Map<Contender, String> start, Map<Contender, String> cursor) {
    }

    /** Rows picked out of an answer, each a tuple of fields; compared exactly, sorted or as a set. */
    record Extract(String rows, List<String> fields) {
    }

    /** dropEmptyGroups: rows whose first field is null or whose last field is 0 are left out (empty groups). */
    record Comparison(String order, int limit, boolean dropEmptyGroups, Map<Contender, List<Extract>> extracts) {
    }

    /** Overrides of the run's bounds for one query (the unbounded query runs a few times only). */
    record Limits(Integer warmupRequests, Integer maxRequests, List<Integer> concurrency) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<QueryCase> loadSuite(Path suite) throws IOException {
        try (Stream<Path> dirs = Files.list(suite)) {
            return dirs.filter(d -> Files.exists(d.resolve("query.json"))).sorted().map(QueryCase::load).toList();
        }
    }

    static QueryCase load(Path dir) {
        try {
            JsonNode spec = JSON.readTree(dir.resolve("query.json").toFile());
            Map<Contender, String> documents = new EnumMap<>(Contender.class);
            for (Contender contender : Contender.values()) {
                Path file = dir.resolve(contender.documentFile());
                if (Files.exists(file)) {
                    documents.put(contender, Files.readString(file));
                }
            }
            Path params = dir.resolve("params.cypher");
            JsonNode limits = spec.path("limits");
            return new QueryCase(dir.getFileName().toString(), spec.path("title").asText(), spec.path("note").asText(null),
                    documents, Files.exists(params) ? Files.readString(params) : null, paging(spec.path("paging")),
                    comparison(spec.path("compare")), spec.path("expectError").path("ours").asText(null),
                    spec.path("requiresMutation").asBoolean(false), spec.path("uniqueVariable").asText(null),
                    new Limits(intOrNull(limits.path("warmupRequests")), intOrNull(limits.path("maxRequests")),
                            limits.has("concurrency") ? JSON.convertValue(limits.get("concurrency"),
                                    JSON.getTypeFactory().constructCollectionType(List.class, Integer.class)) : null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    private static Paging paging(JsonNode node) {
        if (node.isMissingNode()) {
            return null;
        }
        Map<Contender, String> start = new EnumMap<>(Contender.class);
        Map<Contender, String> cursor = new EnumMap<>(Contender.class);
        for (Contender contender : Contender.values()) {
            start.put(contender, node.path("start").path(contender.key()).asText(null));
            cursor.put(contender, node.path("cursor").path(contender.key()).asText());
        }
        return new Paging(node.path("pages").asInt(), node.path("variable").asText(), start, cursor);
    }

    private static Comparison comparison(JsonNode node) {
        if (node.isMissingNode()) {
            return null;
        }
        Map<Contender, List<Extract>> extracts = new EnumMap<>(Contender.class);
        for (Contender contender : Contender.values()) {
            List<Extract> list = new ArrayList<>();
            for (JsonNode extract : node.path(contender.key())) {
                list.add(new Extract(extract.path("rows").asText(),
                        JSON.convertValue(extract.path("fields"), JSON.getTypeFactory().constructCollectionType(List.class, String.class))));
            }
            extracts.put(contender, list);
        }
        return new Comparison(node.path("order").asText("exact"), node.path("limit").asInt(Integer.MAX_VALUE),
                node.path("dropEmptyGroups").asBoolean(false), extracts);
    }

    private static Integer intOrNull(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }

    /** The variables a document declares, taken from a parameter row (GraphQL servers reject undeclared ones). */
    Map<String, Object> variablesFor(Contender contender, Map<String, Object> row) {
        String document = documents.get(contender);
        Map<String, Object> variables = new HashMap<>();
        row.forEach((name, value) -> {
            if (Pattern.compile("\\$" + Pattern.quote(name) + "\\b").matcher(document).find()) {
                variables.put(name, value);
            }
        });
        return variables;
    }
}
