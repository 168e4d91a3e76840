package org.batterygraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One measured unit of a query for one contender: a request, or a walk through {@code pages} cursor pages.
 * An answer with errors fails, except the refusal our API is expected to give.
 */
final class Operation {

    private final QueryCase query;
    private final Contender contender;
    private final Executor executor;
    private final AtomicLong sequence = new AtomicLong();

    Operation(QueryCase query, Contender contender, Executor executor) {
        this.query = query;
        this.contender = contender;
        this.executor = executor;
    }

    /** Runs it with one parameter row and returns every answer (one per page). */
    List<JsonNode> run(Map<String, Object> row) throws Exception {
        Map<String, Object> variables = new HashMap<>(contender == Contender.RAW ? row : query.variablesFor(contender, row));
        if (query.uniqueVariable() != null) {
            variables.computeIfPresent(query.uniqueVariable(), (k, v) -> v + "-" + ProcessHandle.current().pid() + "-" + sequence.incrementAndGet());
        }
        var paging = query.paging();
        String document = query.documents().get(contender);
        if (paging == null) {
            return List.of(checked(executor.execute(document, variables)));
        }
        List<JsonNode> answers = new ArrayList<>();
        String cursor = paging.start().get(contender);
        for (int page = 0; page < paging.pages(); page++) {
            variables.put(paging.variable(), cursor);
            JsonNode answer = checked(executor.execute(document, variables));
            answers.add(answer);
            cursor = JsonPaths.last(answer, paging.cursor().get(contender));
            if (cursor == null) {
                break;
            }
        }
        return answers;
    }

    private JsonNode checked(JsonNode answer) {
        JsonNode errors = answer.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            String code = errors.get(0).path("extensions").path("code").asText(null);
            if (contender == Contender.OURS && code != null && code.equals(query.expectedOursError())) {
                return answer;
            }
            throw new IllegalStateException("GraphQL error " + code + ": " + errors.get(0).path("message").asText());
        }
        if (contender == Contender.OURS && query.expectedOursError() != null) {
            throw new IllegalStateException("expected the refusal " + query.expectedOursError() + ", got an answer");
        }
        return answer;
    }

    /** The answers as comparable rows, per the query's comparison. */
    List<String> fingerprint(List<JsonNode> answers) {
        var comparison = query.comparison();
        List<String> rows = new ArrayList<>();
        for (var extract : comparison.extracts().get(contender)) {
            for (JsonNode answer : answers) {
                for (JsonNode row : JsonPaths.select(answer, extract.rows())) {
                    List<String> fields = extract.fields().stream().map(f -> JsonPaths.field(row, f)).toList();
                    boolean empty = fields.get(0).equals("null") || fields.get(fields.size() - 1).equals("0");
                    if (!(comparison.dropEmptyGroups() && empty)) {
                        rows.add(String.join(" | ", fields));
                    }
                }
            }
        }
        var stream = rows.stream();
        stream = switch (comparison.order()) {
            case "sorted" -> stream.sorted();
            case "set" -> stream.distinct().sorted();
            default -> stream;
        };
        return stream.limit(comparison.limit()).toList();
    }
}
