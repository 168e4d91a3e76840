package org.batterygraph.graph;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Material-flow paths through a node, and who operates the facilities on them.")
public record SupplyChain(@NonNull List<@NonNull GraphPath> paths,
        @NonNull @Description("Organization → facility OPERATES edges for the facilities on the paths") List<@NonNull GraphPath> operators,
        @NonNull boolean truncated) {

    public SupplyChain {
        paths = List.copyOf(paths);
        operators = List.copyOf(operators);
    }
}
