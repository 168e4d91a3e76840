package org.batterygraph.dataset.postira;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.batterygraph.dataset.EntityResolution;
import org.batterygraph.dataset.EntityResolution.Decision;
import org.batterygraph.dataset.Names;
import org.batterygraph.dataset.ResolutionReport.Candidate;
import org.batterygraph.model.FacilityType;

/**
 * Entity resolution of Post-IRA rows against the facilities the graph holds from every other source, curated and
 * the Clean Investment Monitor's (docs/import.md, "Entity resolution"). A candidate is a facility in the row's state
 * (US state, Canadian province, Mexican state); its score adds up (at most 1):
 * <ul>
 * <li>operator 0.5: one of the row's companies is (by normalized name or alias) an operator of it; otherwise 0.5 ×
 * the share of words the best pair of names has in common;</li>
 * <li>place 0.2: the row's city is its city, or its name holds the city; or else both have coordinates within
 * {@value #NEAR_KM} km (the row's are rounded to 0.1°, about 11 km);</li>
 * <li>product 0.2: the row's product is the facility's type (Cells: a cell gigafactory, Packs: module assembly,
 * Recycling, Minerals Extraction: a mine, Materials Processing: a refinery or an electrode-materials plant,
 * Components: an electrode-materials, CAM, pCAM or anode plant), 0.1 a neighbouring type;</li>
 * <li>sole 0.1: it is the only candidate facility in the state of an operator the row names.</li>
 * </ul>
 * The thresholds are the Clean Investment Monitor's (EntityResolution's, as are the operator and sole parts and the
 * decisions): matched from 0.8 and 0.1 ahead of the next candidate, the facility's best row only (the higher score,
 * then the later timeline, then the earlier line); possible from 0.55; a row whose facility another row matched, or
 * with two candidates within 0.1, is ambiguous. Matched: the row's values are claims on that facility and change
 * none of its properties; otherwise the row is its own facility with POSSIBLY_SAME_AS to each candidate from 0.55.
 */
final class PostIraResolution {

    static final double NEAR_KM = 15;

    record Facility(String id, String name, String type, String city, String state, Double latitude, Double longitude,
            List<String> operators) {
    }

    private static final Map<String, Set<FacilityType>> PRODUCT_TYPES = Map.of(
            "Cells", Set.of(FacilityType.CellGigafactory),
            "Packs", Set.of(FacilityType.ModuleAssembly),
            "Recycling", Set.of(FacilityType.Recycling),
            "Minerals Extraction", Set.of(FacilityType.Mine),
            "Materials Processing", Set.of(FacilityType.Refinery, FacilityType.ElectrodeMaterials, FacilityType.CAM,
                    FacilityType.pCAM),
            "Components", Set.of(FacilityType.ElectrodeMaterials, FacilityType.CAM, FacilityType.pCAM, FacilityType.Anode),
            "Minerals, Materials, and Components", Set.of(FacilityType.Refinery, FacilityType.ElectrodeMaterials,
                    FacilityType.CAM, FacilityType.pCAM, FacilityType.Anode));
    private static final List<Set<FacilityType>> NEIGHBOURS = List.of(
            Set.of(FacilityType.CellGigafactory, FacilityType.ModuleAssembly, FacilityType.ResearchFab),
            Set.of(FacilityType.Refinery, FacilityType.Mine),
            Set.of(FacilityType.ElectrodeMaterials, FacilityType.CAM, FacilityType.pCAM, FacilityType.Anode,
                    FacilityType.Recycling, FacilityType.Refinery));

    private PostIraResolution() {
    }

    /** The facility types a row's products name ("Batteries: Cells; Batteries: Packs": cells, module assembly). */
    static Set<FacilityType> types(List<String> products) {
        var types = new HashSet<FacilityType>();
        for (var product : products) {
            types.addAll(PRODUCT_TYPES.getOrDefault(product, Set.of()));
        }
        return types;
    }

    /** One decision per row key. */
    static Map<String, Decision> resolve(List<PostIraImport.Row> rows, List<Facility> facilities,
            Map<String, String> organizationOf, Map<String, String> organizationNames) {
        return EntityResolution.decide(rows, PostIraImport.Row::key, row -> {
            if (row.stateCode() == null) {
                return List.of();
            }
            var inState = facilities.stream().filter(f -> row.stateCode().equals(f.state())).toList();
            return inState.stream().map(f -> score(row, f, inState, organizationOf, organizationNames)).toList();
        }, Comparator.comparing((PostIraImport.Row r) -> !r.postIra()).thenComparingLong(PostIraImport.Row::line),
                " better or first (score, Post-IRA before Pre-IRA, line)",
                row -> row.stateCode() == null ? "no state given" : "no candidate facility in " + row.state());
    }

    private static Candidate score(PostIraImport.Row row, Facility facility, List<Facility> inState,
            Map<String, String> organizationOf, Map<String, String> organizationNames) {
        var score = new EntityResolution.Score();
        var rowOperators = row.companies().stream().map(organizationOf::get).toList();
        score.operator(row.companies(), rowOperators, facility.operators(),
                operator -> organizationNames.getOrDefault(operator, operator));
        if (row.city() != null && (row.city().equalsIgnoreCase(facility.city())
                || (!Names.normalized(row.city()).isEmpty()
                        && (" " + Names.normalized(facility.name()) + " ").contains(" " + Names.normalized(row.city()) + " ")))) {
            score.add(0.2, "place " + row.city() + " 0.2");
        } else if (row.latitude() != null && facility.latitude() != null) {
            double km = kilometres(row.latitude(), row.longitude(), facility.latitude(), facility.longitude());
            if (km <= NEAR_KM) {
                score.add(0.2, "coordinates %.0f km apart 0.2".formatted(km));
            }
        }
        var type = facility.type() == null ? null : org.batterygraph.model.Term.of(FacilityType.class, facility.type());
        if (type != null) {
            var rowTypes = types(row.products());
            if (rowTypes.contains(type)) {
                score.add(0.2, "product 0.2");
            } else if (NEIGHBOURS.stream().anyMatch(set -> set.contains(type) && rowTypes.stream().anyMatch(set::contains))) {
                score.add(0.1, "neighbouring product 0.1");
            }
        }
        score.sole(rowOperators, facility.operators(), inState.stream().map(Facility::operators));
        return score.candidate(facility.id(), facility.name());
    }

    /** Great-circle distance (haversine, mean Earth radius 6371 km). */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
