package org.batterygraph.mineral;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The minerals a facility or organization depends on, and how concentrated each one's supply is.")
public record Exposure(@Id @NonNull String id, String name,
        @NonNull @Description("Most concentrated (highest HHI) first") List<@NonNull Concentration> materials) {

    public Exposure {
        materials = List.copyOf(materials);
    }
}
