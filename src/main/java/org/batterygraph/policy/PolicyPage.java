package org.batterygraph.policy;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;

public record PolicyPage(@NonNull List<@NonNull Policy> nodes, @NonNull PageInfo pageInfo) {
}
