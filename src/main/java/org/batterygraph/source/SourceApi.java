package org.batterygraph.source;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.model.NodeKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The sources behind the facts: seed articles, news, government documents, datasets. */
@GraphQLApi
public class SourceApi {

    private final Entities entities;

    SourceApi(Entities entities) {
        this.entities = entities;
    }

    @Query
    @Description("One source by id, e.g. \"source:S6\" or \"source:seed-003_07899387a449ab49\"; null when there is none.")
    public Source source(@NonNull @Id String id) {
        return entities.byId(NodeKind.Source, id, Source::from).orElse(null);
    }

    @Query
    @Description("Sources ordered by id, a page at a time (first: 1 to 100, default 20).")
    public @NonNull SourcePage sources(Integer first, String after) throws InvalidArgumentException {
        var slice = entities.page(NodeKind.Source, PageRequest.of(first, after), Source::from);
        return new SourcePage(slice.items(), slice.pageInfo());
    }
}
