package org.batterygraph.material;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;

public record MaterialPage(@NonNull List<@NonNull Material> nodes, @NonNull PageInfo pageInfo) {
}
