package org.batterygraph.dataset.cim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.batterygraph.dataset.Names;
import org.batterygraph.dataset.ResolutionReport.Candidate;
import org.batterygraph.dataset.ResolutionReport.Outcome;
import org.batterygraph.model.FacilityType;

/**
 * Entity resolution of CIM rows against the curated facilities (docs/import.md, "Entity resolution"). A candidate is
 * a curated facility in the row's state; its score adds up (at most 1):
 * <ul>
 * <li>operator 0.5: one of the row's companies is (by normalized name or alias) a curated operator of it; otherwise
 * 0.5 × the share of words the best pair of names has in common (Stardust Energy, Stardust Power: 1/3);</li>
 * <li>place 0.2: the row's city is its city, or its name holds the row's city (Thacker Pass);</li>
 * <li>type 0.2 the same facility type, 0.1 a neighbouring one (cells and modules; refinery and mine; electrode
 * materials, CAM, pCAM, anode and recycling);</li>
 * <li>product 0.3: it produces a material the row's subcategory names (lithium hydroxide, ...);</li>
 * <li>sole 0.1: it is the only curated facility in the state of an operator the row names.</li>
 * </ul>
 * At 0.8 or more, and 0.1 ahead of the next candidate, the row is that facility (matched: its values become claims on
 * it, and only the properties it lacks are set). A best score from 0.55 is a possible match: the row becomes its own
 * node with POSSIBLY_SAME_AS {score, method} to each candidate from 0.55 (an operator alone, 0.5, is not enough). Two candidates from 0.8 within 0.1, or a
 * facility another row matched first (New before Expansion, then the earlier announcement), is ambiguous: its own
 * node, linked. Coordinates are not compared: no curated facility has any, and those an import sets must not change
 * the next run's resolution.
 */
final class Resolution {

    static final double MATCH = 0.8;
    static final double POSSIBLE = 0.55;
    static final double MARGIN = 0.1;

    record Decision(Outcome outcome, Candidate matched, List<Candidate> candidates, List<Candidate> linked, String reason) {
    }

    private static final List<Set<FacilityType>> NEIGHBOURS = List.of(
            Set.of(FacilityType.CellGigafactory, FacilityType.ModuleAssembly, FacilityType.ResearchFab),
            Set.of(FacilityType.Refinery, FacilityType.Mine),
            Set.of(FacilityType.ElectrodeMaterials, FacilityType.CAM, FacilityType.pCAM, FacilityType.Anode,
                    FacilityType.Recycling));

    private Resolution() {
    }

    /** One decision per row's unique_id. */
    static Map<String, Decision> resolve(List<CimImport.Row> rows, Curated curated, Map<String, String> organizationOf) {
        var decisions = new HashMap<String, Decision>();
        var tentative = new HashMap<String, List<CimImport.Row>>();
        var scored = new HashMap<String, List<Candidate>>();
        for (var row : rows) {
            var candidates = new ArrayList<Candidate>();
            for (var facility : curated.facilities()) {
                if (row.state().equals(facility.state())) {
                    var candidate = score(row, facility, curated, organizationOf);
                    if (candidate.score() > 0) {
                        candidates.add(candidate);
                    }
                }
            }
            candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id));
            scored.put(row.uniqueId(), candidates);
            var best = candidates.isEmpty() ? null : candidates.get(0);
            var second = candidates.size() > 1 ? candidates.get(1) : null;
            if (best != null && best.score() >= MATCH && (second == null || best.score() - second.score() >= MARGIN - 1e-9)) {
                tentative.computeIfAbsent(best.id(), k -> new ArrayList<>()).add(row);
            }
        }
        var winners = new HashSet<String>();
        for (var entry : tentative.entrySet()) {
            var contenders = new ArrayList<>(entry.getValue());
            contenders.sort(Comparator.comparingDouble((CimImport.Row r) -> -scored.get(r.uniqueId()).get(0).score())
                    .thenComparing(CimImport.precedence()));
            winners.add(contenders.get(0).uniqueId());
        }
        for (var row : rows) {
            var candidates = scored.get(row.uniqueId());
            var possible = candidates.stream().filter(c -> c.score() >= POSSIBLE - 1e-9).toList();
            var best = candidates.isEmpty() ? null : candidates.get(0);
            Decision decision;
            if (winners.contains(row.uniqueId())) {
                decision = new Decision(Outcome.MATCHED, best, candidates, List.of(), "score %.2f".formatted(best.score()));
            } else if (best != null && best.score() >= MATCH) {
                var reason = tentative.containsKey(best.id()) && tentative.get(best.id()).contains(row)
                        ? "another row matched " + best.id() + " first (New before Expansion, then the earlier announcement)"
                        : "several candidates within " + MARGIN;
                decision = new Decision(Outcome.AMBIGUOUS, null, candidates, possible, reason);
            } else if (!possible.isEmpty()) {
                decision = new Decision(Outcome.POSSIBLE, null, candidates, possible,
                        "best score %.2f is below %.2f".formatted(best.score(), MATCH));
            } else {
                decision = new Decision(Outcome.CREATED, null, candidates, List.of(),
                        best == null ? "no curated facility in " + row.state()
                                : "best score %.2f is below %.2f".formatted(best.score(), POSSIBLE));
            }
            decisions.put(row.uniqueId(), decision);
        }
        return decisions;
    }

    private static Candidate score(CimImport.Row row, Curated.Facility facility, Curated curated,
            Map<String, String> organizationOf) {
        var method = new ArrayList<String>();
        double score = 0;
        var rowOperators = row.companies().stream().map(organizationOf::get).toList();
        if (facility.operators().stream().anyMatch(rowOperators::contains)) {
            score += 0.5;
            method.add("operator 0.5");
        } else {
            double best = 0;
            for (var company : row.companies()) {
                for (var operator : facility.operators()) {
                    var name = curated.organizationsByName().values().stream().filter(o -> o.id().equals(operator))
                            .map(Curated.Organization::name).findFirst().orElse(operator);
                    best = Math.max(best, Names.overlap(Names.normalized(company), Names.normalized(name)));
                }
            }
            if (best > 0) {
                score += 0.5 * best;
                method.add("operator name overlap %.2f".formatted(0.5 * best));
            }
        }
        if (row.city() != null && (row.city().equalsIgnoreCase(facility.city())
                || Names.normalized(facility.name()).contains(Names.normalized(row.city())))) {
            score += 0.2;
            method.add("place " + row.city() + " 0.2");
        }
        if (facility.type() != null) {
            if (facility.type().equals(row.type().stored())) {
                score += 0.2;
                method.add("type 0.2");
            } else if (NEIGHBOURS.stream().anyMatch(set -> set.stream().anyMatch(t -> t.stored().equals(facility.type()))
                    && set.contains(row.type()))) {
                score += 0.1;
                method.add("neighbouring type 0.1");
            }
        }
        if (row.products().stream().anyMatch(facility.products()::contains)) {
            score += 0.3;
            method.add("product 0.3");
        }
        var operated = facility.operators().stream().filter(rowOperators::contains).toList();
        if (!operated.isEmpty() && curated.facilities().stream()
                .filter(f -> row.state().equals(f.state()) && f.operators().stream().anyMatch(operated::contains)).count() == 1) {
            score += 0.1;
            method.add("sole 0.1");
        }
        // only a name overlap and nothing else is no candidate
        if (method.stream().allMatch(m -> m.startsWith("operator name"))) {
            score = 0;
        }
        return new Candidate(facility.id(), facility.name(), Math.min(1.0, Math.round(score * 100) / 100.0),
                String.join(" + ", method));
    }
}
