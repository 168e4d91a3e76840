package org.batterygraph.neo4j;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.batterygraph.api.InvalidArgumentException;

/**
 * A user's words as a query of a full-text index (the names of search/, the claims' texts of provenance/): only
 * letters and digits survive, so no Lucene syntax can be injected; each word matches exactly (boosted), as a prefix
 * or, from four letters, fuzzily; hits matching more words rank higher.
 */
public final class FullText {

    /** The longest text a search takes. */
    public static final int MAX_TEXT = 200;
    /** The words of a text that count; the rest are ignored. */
    static final int MAX_WORDS = 8;

    private FullText() {
    }

    /** The Lucene query of {@code text}; {@code INVALID_ARGUMENT} when it is too long or has no letter or digit. */
    public static String query(String text) throws InvalidArgumentException {
        if (text.length() > MAX_TEXT) {
            throw new InvalidArgumentException("text must be at most " + MAX_TEXT + " characters");
        }
        var words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
        if (words.isEmpty()) {
            throw new InvalidArgumentException("text must contain a letter or a digit");
        }
        return words.stream()
                .map(w -> w.length() < 4 ? "(%1$s^3 OR %1$s*)".formatted(w) : "(%1$s^3 OR %1$s* OR %1$s~1)".formatted(w))
                .collect(Collectors.joining(" OR "));
    }
}
