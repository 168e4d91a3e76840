package org.batterygraph.provenance;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A claim whose words (its quote or its paraphrase) match a search, and how well (higher is better).")
public record ClaimHit(@NonNull Double score, @NonNull Claim claim) {
}
