package org.batterygraph.provenance;

import org.batterygraph.model.ConflictKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Two claims that contradict each other. Both stay in the graph, each with its own source.")
public record Conflict(@Description("Why they contradict each other") String reason,
        @NonNull @Description("Curated, or the kind of contradiction the graph found as the claims were written") ConflictKind kind,
        @NonNull Claim claim,
        @NonNull Claim counterClaim) {
}
