package org.batterygraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.batterygraph.GraphQL;
import org.batterygraph.api.PageRequest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Every pair of claim filters, and {@code entity} + {@code disputed} (the pair that failed in CI) with each third, in
 * each order, with and without a cursor, planned afresh at each run ({@code CYPHER replan=force}): every page answers
 * and comes in its order. Without the surefire and failsafe argLine of pom.xml ({@code -Dneo4j.planner.checks=}), 10
 * of the 296 pages answer INTERNAL_ERROR: an ordered index seek (the range of assertedOn, or of ids after the cursor) under a projection with
 * COLLECT subqueries fails a self-check of Neo4j 5.26's planner ("insertCachedProperties ... should not appear
 * non-cached") that runs only with Java assertions enabled, as in the test JVM that hosts the harness and never in a
 * Neo4j server; whether the planner picks such a plan depends on the statistics of the moment (docs/performance.md).
 */
@QuarkusTest
@TestProfile(ClaimFilterPlansTest.Replanning.class)
class ClaimFilterPlansTest {

    public static class Replanning implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("battery.test.replan-queries", "true");
        }
    }

    /** Each filter field with a value the seed holds (disputed: true and false are two, never combined). */
    private static final Map<String, String> FILTERS = new LinkedHashMap<>();
    static {
        FILTERS.put("source", "source: \"source:S13\"");
        FILTERS.put("subject", "subject: \"facility:green-li-ion-atoka\"");
        FILTERS.put("object", "object: \"facility:green-li-ion-atoka\"");
        FILTERS.put("entity", "entity: \"facility:green-li-ion-atoka\"");
        FILTERS.put("predicate", "predicate: \"OPERATES\"");
        FILTERS.put("property", "property: \"capacity\"");
        FILTERS.put("status", "status: Active");
        FILTERS.put("confidence", "confidence: high");
        FILTERS.put("disputed", "disputed: true");
        FILTERS.put("undisputed", "disputed: false");
        FILTERS.put("evidenceKind", "evidenceKind: Quote");
        FILTERS.put("asserted", "assertedFrom: \"2020-01-01\", assertedTo: \"2026-12-31\"");
    }

    static List<List<String>> combinations() {
        var names = List.copyOf(FILTERS.keySet());
        var combinations = new ArrayList<List<String>>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                combinations.add(List.of(names.get(i), names.get(j)));
            }
        }
        // the failing pair of CI with each third filter
        for (var third : names) {
            if (!List.of("entity", "disputed", "undisputed").contains(third)) {
                combinations.add(List.of("entity", "disputed", third));
            }
        }
        combinations.removeIf(c -> c.contains("disputed") && c.contains("undisputed"));
        return combinations;
    }

    /** Claim order of a page: by assertedOn (ascending nulls last, descending nulls first), ties by id. */
    static Comparator<Map<String, String>> order(String orderBy) {
        Comparator<Map<String, String>> byId = Comparator.comparing(c -> c.get("id"));
        Comparator<Map<String, String>> asserted = Comparator.comparing(c -> c.get("assertedOn"),
                Comparator.nullsLast(Comparator.<String>naturalOrder()));
        return switch (orderBy) {
            case "ASSERTED" -> asserted.thenComparing(byId);
            case "ASSERTED_DESC" -> Comparator.<Map<String, String>, String>comparing(c -> c.get("assertedOn"),
                    Comparator.nullsLast(Comparator.<String>naturalOrder())).reversed().thenComparing(byId);
            default -> byId;
        };
    }

    @Test
    void everyPairOfClaimFiltersAnswersInItsOrderInEveryOrderAndFromACursor() {
        var cursor = PageRequest.cursor("claim:a");
        var failed = new ArrayList<String>();
        int asked = 0;
        for (var combination : combinations()) {
            var filter = String.join(", ", combination.stream().map(FILTERS::get).toList());
            for (var page : List.of("orderBy: ID", "orderBy: ID, after: \"" + cursor + "\"", "orderBy: ASSERTED",
                    "orderBy: ASSERTED_DESC")) {
                var counted = page.equals("orderBy: ID") ? "totalCount" : "";
                var query = "{ claims(filter: {%s}, %s, first: 5) { %s nodes { id assertedOn } } }".formatted(filter, page, counted);
                asked++;
                var body = GraphQL.post(query).statusCode(200).extract().jsonPath();
                if (body.get("errors") != null) {
                    failed.add(combination + " " + page + ": " + body.getList("errors.extensions.code"));
                    continue;
                }
                List<Map<String, String>> nodes = body.getList("data.claims.nodes");
                var sorted = new ArrayList<>(nodes);
                sorted.sort(order(page.replaceAll("orderBy: (\\w+).*", "$1")));
                if (!sorted.equals(nodes)) {
                    failed.add(combination + " " + page + ": out of order " + nodes);
                }
            }
        }
        assertThat(asked).isGreaterThan(250);
        assertThat(failed).as("combinations of claim filters that failed or came out of order").isEmpty();
    }
}
