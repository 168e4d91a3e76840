package org.batterygraph.bench;

import java.util.Locale;

/** The three systems the suite runs against, one at a time. */
public enum Contender {
    OURS("ours", "our API", "ours.graphql"),
    REFERENCE("reference", "@neo4j/graphql", "reference.graphql"),
    RAW("raw", "raw Java driver", "raw.cypher");

    private final String key;
    private final String label;
    private final String documentFile;

    Contender(String key, String label, String documentFile) {
        this.key = key;
        this.label = label;
        this.documentFile = documentFile;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String documentFile() {
        return documentFile;
    }

    public static Contender of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
