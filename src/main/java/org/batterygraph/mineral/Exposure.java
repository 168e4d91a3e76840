package org.batterygraph.mineral;

import java.util.List;

import org.batterygraph.material.Material;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The minerals a facility or organization depends on, and how concentrated each one's supply is.")
public record Exposure(@Id @NonNull String id, String name,
        @NonNull @Description("Most concentrated (highest HHI) first") List<@NonNull Concentration> materials,
        @NonNull @Description("""
                Upstream minerals for which the graph has no numbers of this metric, or too few to compute shares (no \
                world total, no country): their concentration is unknown here, not low. By name.""") List<@NonNull Material> noData) {

    public Exposure {
        materials = List.copyOf(materials);
        noData = List.copyOf(noData);
    }
}
