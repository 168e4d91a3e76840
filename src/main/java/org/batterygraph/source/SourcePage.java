package org.batterygraph.source;

import java.util.List;

import org.batterygraph.api.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;

public record SourcePage(@NonNull List<@NonNull Source> nodes, @NonNull PageInfo pageInfo) {
}
