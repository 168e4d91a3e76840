package org.batterygraph.source;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.api.Selection;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Entities;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.api.Context;

/** The sources behind the facts: seed articles, news, government documents, datasets. */
@GraphQLApi
public class SourceApi {

    private final Entities entities;
    private final Context context;

    SourceApi(Entities entities, Context context) {
        this.entities = entities;
        this.context = context;
    }

    @Query
    @Description("One source by id, e.g. \"source:S6\" or \"source:seed-003_07899387a449ab49\"; null when there is none.")
    public Source source(@NonNull @Id String id) {
        return entities.byId(NodeKind.Source, id, Selection.of(context, null), Source::from).orElse(null);
    }

    @Query
    @Description("""
            Sources matching `filter`, in `orderBy` order (default ID), a page at a time (first: 1 to 100, \
            default 20). `totalCount` is computed, in the same round trip, only when selected.""")
    public @NonNull SourcePage sources(Integer first, String after, SourceFilter filter,
            @DefaultValue("ID") SourceOrder orderBy) throws InvalidArgumentException {
        var page = entities.list(NodeKind.Source, SourceFilter.conditions(filter), orderBy, PageRequest.of(first, after),
                Selection.of(context, "nodes"), Selection.includes(context, "totalCount"), Source::from);
        return new SourcePage(page.items(), page.pageInfo(), page.totalCount());
    }
}