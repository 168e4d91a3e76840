package org.batterygraph.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.LimitExceededException;
import org.batterygraph.api.Selection;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Cypher;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.FullText;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.api.Context;

/** Full-text search over the names and aliases of every kind of node. */
@GraphQLApi
public class SearchApi {

    static final int MAX_HITS = 50;

    /** The hits, each with its node projected for what is selected under {@code node} (%s: a CASE per kind). */
    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $candidates}) YIELD node, score
            WITH node, score, [l IN labels(node) WHERE l <> $entity][0] AS kind
            WHERE kind IN $kinds
            WITH node, score, kind ORDER BY score DESC, node.id LIMIT $limit
            RETURN {id: node.id, kind: kind, name: node.name, aliases: node.aliases, score: score, node: %s} AS hit
            ORDER BY hit.score DESC, hit.id
            """;

    private static final List<NodeKind> SEARCHABLE = Arrays.stream(NodeKind.values()).filter(NodeKind::entity).toList();

    private final Cypher cypher;
    private final Entities entities;
    private final Context context;

    SearchApi(Cypher cypher, Entities entities, Context context) {
        this.cypher = cypher;
        this.entities = entities;
        this.context = context;
    }

    @Query
    @Description("""
            Finds nodes by name or alias, tolerant of typos and partial words ("lithum americ" finds Lithium \
            Americas), best match first (matching more words ranks higher); `kinds` restricts to labels such as \
            Organization or Facility. At most `limit` hits (1 to 50). Each hit's `node` is the entity itself: select \
            its fields with `... on Facility { ... }`, in the same round trip.""")
    public @NonNull List<@NonNull SearchHit> search(@NonNull String text, List<NodeKind> kinds,
            @DefaultValue("10") int limit) throws InvalidArgumentException, LimitExceededException {
        if (limit < 1 || limit > MAX_HITS) {
            throw new LimitExceededException("limit must be between 1 and " + MAX_HITS + ", was " + limit);
        }
        if (kinds != null && !SEARCHABLE.containsAll(kinds)) {
            throw new InvalidArgumentException("kinds must be among " + SEARCHABLE);
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("lucene", FullText.query(text));
        parameters.put("kinds", (kinds == null || kinds.isEmpty() ? SEARCHABLE : kinds).stream()
                .filter(java.util.Objects::nonNull).map(NodeKind::label).toList());
        parameters.put("limit", limit);
        parameters.put("entity", NodeKind.ENTITY);
        parameters.put("candidates", limit * 5);
        var query = new Cypher.Query("Search.names", SEARCH.formatted(entities.projectionOfAny("node", SEARCHABLE, Selection.of(context, "node"))));
        return cypher.read(query, parameters).stream().map(r -> SearchHit.from(r.get("hit"), entities)).toList();
    }
}
