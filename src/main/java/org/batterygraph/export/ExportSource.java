package org.batterygraph.export;

import java.time.LocalDate;

import org.neo4j.driver.Value;

/** A source cited by an edge of an exported subgraph, as bibliographies need it. */
public record ExportSource(String id, String title, String url, String publisher, LocalDate published, String kind) {

    static ExportSource from(Value s) {
        return new ExportSource(s.get("id").asString(), text(s, "title") == null ? text(s, "name") : text(s, "title"),
                text(s, "url"), text(s, "publisher"), s.get("published").isNull() ? null : s.get("published").asLocalDate(),
                text(s, "kind"));
    }

    private static String text(Value s, String key) {
        return s.get(key).isNull() ? null : s.get(key).asString();
    }
}
