package org.batterygraph.consortium;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;

public record ConsortiumPage(@NonNull List<@NonNull Consortium> nodes, @NonNull PageInfo pageInfo) {
}
