package org.batterygraph.dataset.cim;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.batterygraph.dataset.EntityResolution;
import org.batterygraph.dataset.EntityResolution.Decision;
import org.batterygraph.dataset.Names;
import org.batterygraph.dataset.ResolutionReport.Candidate;
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
 * the next run's resolution. The thresholds, the operator and sole parts and the decisions are EntityResolution's,
 * which the Post-IRA import's resolution shares.
 */
final class Resolution {

    private static final List<Set<FacilityType>> NEIGHBOURS = List.of(
            Set.of(FacilityType.CellGigafactory, FacilityType.ModuleAssembly, FacilityType.ResearchFab),
            Set.of(FacilityType.Refinery, FacilityType.Mine),
            Set.of(FacilityType.ElectrodeMaterials, FacilityType.CAM, FacilityType.pCAM, FacilityType.Anode,
                    FacilityType.Recycling));

    private Resolution() {
    }

    /** One decision per row's unique_id. */
    static Map<String, Decision> resolve(List<CimImport.Row> rows, Curated curated, Map<String, String> organizationOf) {
        return EntityResolution.decide(rows, CimImport.Row::uniqueId,
                row -> curated.facilities().stream().filter(f -> row.state().equals(f.state()))
                        .map(f -> score(row, f, curated, organizationOf)).toList(),
                CimImport.precedence(), " first (New before Expansion, then the earlier announcement)",
                row -> "no curated facility in " + row.state());
    }

    private static Candidate score(CimImport.Row row, Curated.Facility facility, Curated curated,
            Map<String, String> organizationOf) {
        var score = new EntityResolution.Score();
        var rowOperators = row.companies().stream().map(organizationOf::get).toList();
        score.operator(row.companies(), rowOperators, facility.operators(),
                operator -> curated.organizationsByName().values().stream().filter(o -> o.id().equals(operator))
                        .map(Curated.Organization::name).findFirst().orElse(operator));
        if (row.city() != null && (row.city().equalsIgnoreCase(facility.city())
                || Names.normalized(facility.name()).contains(Names.normalized(row.city())))) {
            score.add(0.2, "place " + row.city() + " 0.2");
        }
        if (facility.type() != null) {
            if (facility.type().equals(row.type().stored())) {
                score.add(0.2, "type 0.2");
            } else if (NEIGHBOURS.stream().anyMatch(set -> set.stream().anyMatch(t -> t.stored().equals(facility.type()))
                    && set.contains(row.type()))) {
                score.add(0.1, "neighbouring type 0.1");
            }
        }
        if (row.products().stream().anyMatch(facility.products()::contains)) {
            score.add(0.3, "product 0.3");
        }
        score.sole(rowOperators, facility.operators(), curated.facilities().stream()
                .filter(f -> row.state().equals(f.state())).map(Curated.Facility::operators));
        return score.candidate(facility.id(), facility.name());
    }
}
