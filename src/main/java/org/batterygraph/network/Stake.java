package org.batterygraph.network;

import org.batterygraph.organization.Organization;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An ownership stake: the other organization and the share owned (0..1) where known.")
public record Stake(@NonNull Organization organization, Double share) {
}
