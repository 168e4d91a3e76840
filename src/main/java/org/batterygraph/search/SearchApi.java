package org.batterygraph.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.LimitExceededException;
import org.batterygraph.neo4j.Cypher;
import org.batterygraph.model.NodeKind;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Full-text search over the names and aliases of every kind of node. */
@GraphQLApi
public class SearchApi {

    static final int MAX_TEXT = 200;
    static final int MAX_HITS = 50;

    static final Cypher.Query SEARCH = new Cypher.Query("Search.names", """
            CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $candidates}) YIELD node, score
            WITH node, score, [l IN labels(node) WHERE l <> $entity][0] AS kind
            WHERE kind IN $kinds
            RETURN {id: node.id, kind: kind, name: node.name, aliases: node.aliases, score: score} AS hit
            ORDER BY score DESC, node.id
            LIMIT $limit
            """);

    private static final List<NodeKind> SEARCHABLE = Arrays.stream(NodeKind.values()).filter(NodeKind::entity).toList();

    private final Cypher cypher;

    SearchApi(Cypher cypher) {
        this.cypher = cypher;
    }

    @Query
    @Description("""
            Finds nodes by name or alias, tolerant of typos and partial words ("lithum americ" finds Lithium \
            Americas), best match first (matching more words ranks higher); `kinds` restricts to labels such as Organization or Facility. At most \
            `limit` hits (1 to 50).""")
    public @NonNull List<@NonNull SearchHit> search(@NonNull String text, List<@NonNull NodeKind> kinds,
            @DefaultValue("10") int limit) throws InvalidArgumentException, LimitExceededException {
        if (limit < 1 || limit > MAX_HITS) {
            throw new LimitExceededException("limit must be between 1 and " + MAX_HITS + ", was " + limit);
        }
        if (kinds != null && !SEARCHABLE.containsAll(kinds)) {
            throw new InvalidArgumentException("kinds must be among " + SEARCHABLE);
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("lucene", lucene(text));
        parameters.put("kinds", (kinds == null || kinds.isEmpty() ? SEARCHABLE : kinds).stream().map(NodeKind::label).toList());
        parameters.put("limit", limit);
        parameters.put("entity", NodeKind.ENTITY);
        parameters.put("candidates", limit * 5);
        return cypher.read(SEARCH, parameters).stream().map(r -> SearchHit.from(r.get("hit"))).toList();
    }

    /**
     * The user's words as a Lucene query: only letters and digits survive (no Lucene syntax can be injected),
     * each word matches exactly (boosted), as a prefix, or fuzzily; hits matching more words rank higher.
     */
    static String lucene(String text) throws InvalidArgumentException {
        if (text.length() > MAX_TEXT) {
            throw new InvalidArgumentException("text must be at most " + MAX_TEXT + " characters");
        }
        var words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).limit(8).toList();
        if (words.isEmpty()) {
            throw new InvalidArgumentException("text must contain a letter or a digit");
        }
        return words.stream()
                .map(w -> w.length() < 4 ? "(%1$s^3 OR %1$s*)".formatted(w) : "(%1$s^3 OR %1$s* OR %1$s~1)".formatted(w))
                .collect(Collectors.joining(" OR "));
    }
}
