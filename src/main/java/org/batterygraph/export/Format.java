package org.batterygraph.export;

import java.util.Arrays;
import java.util.List;

/** The file formats of an export: the end of its path, its media type, and how a subgraph is written in it. */
enum Format {
    GRAPHML("graphml", "application/graphml+xml; charset=UTF-8", Renderings::graphMl),
    CYTOSCAPE_JSON("json", "application/json", Renderings::cytoscapeJson),
    NODES_CSV("nodes.csv", "text/csv; charset=UTF-8", Renderings::nodesCsv),
    EDGES_CSV("edges.csv", "text/csv; charset=UTF-8", Renderings::edgesCsv),
    CSL_JSON("csl.json", "application/vnd.citationstyles.csl+json", Renderings::cslJson),
    BIBTEX("bib", "application/x-bibtex; charset=UTF-8", Renderings::bibTeX);

    final String extension;
    final String mediaType;
    final Renderer renderer;

    Format(String extension, String mediaType, Renderer renderer) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.renderer = renderer;
    }

    interface Renderer {
        String render(ExportGraph graph) throws Exception;
    }

    static Format of(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst().orElse(null);
    }

    static List<String> extensions() {
        return Arrays.stream(values()).map(f -> f.extension).toList();
    }
}
