package org.batterygraph.dataset;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.SourceKind;

/**
 * The Source of a dataset release as the importers write it (cypher/import/source.cypher): kind Dataset, its title,
 * publisher, citation, licence and release; {@code url} and {@code published} may be null (no such property).
 */
public record DatasetSource(String id, String name, String title, String publisher, String url, String citation,
        String licence, String release, LocalDate published, DatePrecision publishedPrecision) {

    /** The "source" statement's parameter: {id, props}. */
    public Map<String, Object> row() {
        var props = new LinkedHashMap<String, Object>();
        props.put("name", name);
        props.put("title", title);
        props.put("publisher", publisher);
        if (url != null) {
            props.put("url", url);
        }
        props.put("citation", citation);
        props.put("kind", SourceKind.Dataset.stored());
        props.put("licence", licence);
        props.put("release", release);
        if (published != null) {
            props.put("published", published);
            props.put("publishedPrecision", publishedPrecision.stored());
        }
        return Map.of("id", id, "props", props);
    }
}
