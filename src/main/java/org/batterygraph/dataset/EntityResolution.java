package org.batterygraph.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.batterygraph.dataset.ResolutionReport.Candidate;
import org.batterygraph.dataset.ResolutionReport.Outcome;

/**
 * What the facility resolutions of the Clean Investment Monitor (cim/Resolution) and of the Post-IRA investments
 * (postira/PostIraResolution) share (docs/import.md, "Entity resolution"): the thresholds, a candidate's score as its
 * parts add up (the operator and sole parts are the same in both), and how the scored candidates of every row become
 * decisions. What a place, type or product is worth is each resolution's own.
 */
public final class EntityResolution {

    /** Matched from this score, and {@link #MARGIN} ahead of the next candidate. */
    public static final double MATCH = 0.8;
    /** A possible match from this score: linked by POSSIBLY_SAME_AS. */
    public static final double POSSIBLE = 0.55;
    public static final double MARGIN = 0.1;

    /** A row's decision: its outcome, the candidate it is (matched only), its candidates and those it links to. */
    public record Decision(Outcome outcome, Candidate matched, List<Candidate> candidates, List<Candidate> linked,
            String reason) {

        /** The possibly-same-as statement's rows of node {@code from}: {from, to, score, method} per linked candidate. */
        public List<Map<String, Object>> links(String from) {
            return linked.stream().<Map<String, Object>>map(c -> Map.of("from", from, "to", c.id(), "score", c.score(),
                    "method", c.method())).toList();
        }

        /** Its facility entry of the resolution report: {@code record} is node {@code node}, named {@code name}. */
        public ResolutionReport.Entry entry(String dataset, String record, String node, String name) {
            return new ResolutionReport.Entry(dataset, record, "facility", outcome, node, name, candidates, reason);
        }
    }

    private EntityResolution() {
    }

    /** One candidate's score as its parts add up, with how each part was scored ("operator 0.5 + sole 0.1"). */
    public static final class Score {

        private final List<String> method = new ArrayList<>();
        private double score;

        public void add(double points, String how) {
            score += points;
            method.add(how);
        }

        /**
         * Operator 0.5: one of the row's organizations ({@code rowOperators}, its companies resolved) operates the
         * facility; otherwise 0.5 × the share of words the best pair of a company and an operator's name
         * ({@code nameOf} its id) has in common.
         */
        public void operator(List<String> companies, List<String> rowOperators, List<String> operators,
                UnaryOperator<String> nameOf) {
            if (operators.stream().anyMatch(rowOperators::contains)) {
                add(0.5, "operator 0.5");
            } else {
                double best = 0;
                for (var company : companies) {
                    for (var operator : operators) {
                        best = Math.max(best, Names.overlap(Names.normalized(company), Names.normalized(nameOf.apply(operator))));
                    }
                }
                if (best > 0) {
                    add(0.5 * best, "operator name overlap %.2f".formatted(0.5 * best));
                }
            }
        }

        /**
         * Sole 0.1: the facility is the only one in the state ({@code operatorsInState}: each facility's operators)
         * operated by an operator the row names.
         */
        public void sole(List<String> rowOperators, List<String> operators, Stream<List<String>> operatorsInState) {
            var operated = operators.stream().filter(rowOperators::contains).toList();
            if (!operated.isEmpty() && operatorsInState.filter(o -> o.stream().anyMatch(operated::contains)).count() == 1) {
                add(0.1, "sole 0.1");
            }
        }

        /** The candidate, its score rounded to 0.01 and at most 1; only a name overlap and nothing else scores 0. */
        public Candidate candidate(String id, String name) {
            double total = method.stream().allMatch(m -> m.startsWith("operator name")) ? 0 : score;
            return new Candidate(id, name, Math.min(1.0, Math.round(total * 100) / 100.0), String.join(" + ", method));
        }
    }

    /**
     * One decision per row key. A row's candidates are those {@code scored} gives it with a score above 0, best first
     * (then by id). Its best candidate from {@link #MATCH} and {@link #MARGIN} ahead of the next is matched when the
     * row is that facility's best row (the higher score, then {@code precedence}); the facility's other rows are
     * ambiguous ("another row matched {@code <id>}{@code matchedBefore}"), and so is a row with several candidates
     * from {@link #MATCH} within {@link #MARGIN}. Otherwise a best score from {@link #POSSIBLE} is possible, and below
     * it the row is created ({@code noCandidate} says why when it has none). The ambiguous and possible rows link to
     * each candidate from {@link #POSSIBLE}.
     */
    public static <R> Map<String, Decision> decide(List<R> rows, Function<R, String> key,
            Function<R, List<Candidate>> scored, Comparator<R> precedence, String matchedBefore,
            Function<R, String> noCandidate) {
        var decisions = new HashMap<String, Decision>();
        var tentative = new HashMap<String, List<R>>();
        var candidatesOf = new HashMap<String, List<Candidate>>();
        for (var row : rows) {
            var candidates = new ArrayList<>(scored.apply(row).stream().filter(c -> c.score() > 0).toList());
            candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id));
            candidatesOf.put(key.apply(row), candidates);
            var best = candidates.isEmpty() ? null : candidates.get(0);
            var second = candidates.size() > 1 ? candidates.get(1) : null;
            if (best != null && best.score() >= MATCH - 1e-9
                    && (second == null || best.score() - second.score() >= MARGIN - 1e-9)) {
                tentative.computeIfAbsent(best.id(), k -> new ArrayList<>()).add(row);
            }
        }
        var winners = new HashSet<String>();
        for (var entry : tentative.entrySet()) {
            var contenders = new ArrayList<>(entry.getValue());
            contenders.sort(Comparator.comparingDouble((R r) -> -candidatesOf.get(key.apply(r)).get(0).score())
                    .thenComparing(precedence));
            winners.add(key.apply(contenders.get(0)));
        }
        for (var row : rows) {
            var candidates = candidatesOf.get(key.apply(row));
            var possible = candidates.stream().filter(c -> c.score() >= POSSIBLE - 1e-9).toList();
            var best = candidates.isEmpty() ? null : candidates.get(0);
            Decision decision;
            if (winners.contains(key.apply(row))) {
                decision = new Decision(Outcome.MATCHED, best, candidates, List.of(), "score %.2f".formatted(best.score()));
            } else if (best != null && best.score() >= MATCH - 1e-9) {
                var reason = tentative.containsKey(best.id()) && tentative.get(best.id()).contains(row)
                        ? "another row matched " + best.id() + matchedBefore
                        : "several candidates within " + MARGIN;
                decision = new Decision(Outcome.AMBIGUOUS, null, candidates, possible, reason);
            } else if (!possible.isEmpty()) {
                decision = new Decision(Outcome.POSSIBLE, null, candidates, possible,
                        "best score %.2f is below %.2f".formatted(best.score(), MATCH));
            } else {
                decision = new Decision(Outcome.CREATED, null, candidates, List.of(),
                        best == null ? noCandidate.apply(row)
                                : "best score %.2f is below %.2f".formatted(best.score(), POSSIBLE));
            }
            decisions.put(key.apply(row), decision);
        }
        return decisions;
    }
}
