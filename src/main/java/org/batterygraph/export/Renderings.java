package org.batterygraph.export;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.batterygraph.graph.GraphEdge;
import org.batterygraph.graph.GraphNode;
import org.batterygraph.graph.Property;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A subgraph written as GraphML (Gephi, yEd, Cytoscape desktop, NetworkX), Cytoscape.js elements JSON, CSV (nodes,
 * edges), and its sources as CSL-JSON and BibTeX. Every edge carries its claim ids, source ids and source URLs.
 * Multi-valued cells (CSV, GraphML data) are space-separated: ids and URLs contain no spaces.
 */
final class Renderings {

    static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .findAndRegisterModules();

    private Renderings() {
    }

    /** The property keys that occur on the nodes (or edges), sorted: one column or GraphML key each. */
    private static List<String> keys(List<List<Property>> properties) {
        var keys = new TreeSet<String>();
        properties.forEach(list -> list.forEach(p -> keys.add(p.key())));
        return List.copyOf(keys);
    }

    private static List<String> nodeKeys(ExportGraph graph) {
        return keys(graph.nodes().stream().map(GraphNode::properties).toList());
    }

    private static List<String> edgeKeys(ExportGraph graph) {
        return keys(graph.edges().stream().map(GraphEdge::properties).toList());
    }

    private static String value(List<Property> properties, String key) {
        return properties.stream().filter(p -> p.key().equals(key)).map(Property::value).findFirst().orElse(null);
    }

    static String graphMl(ExportGraph graph) throws XMLStreamException {
        var out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace(GRAPHML_NS);
        var nodeKeys = nodeKeys(graph);
        var edgeKeys = edgeKeys(graph);
        key(xml, "kind", "node", "kind");
        key(xml, "name", "node", "name");
        for (var k : nodeKeys) {
            key(xml, "node." + k, "node", k);
        }
        key(xml, "type", "edge", "type");
        key(xml, "claimIds", "edge", "claimIds");
        key(xml, "sourceIds", "edge", "sourceIds");
        key(xml, "sourceUrls", "edge", "sourceUrls");
        for (var k : edgeKeys) {
            key(xml, "edge." + k, "edge", k);
        }
        key(xml, "truncated", "graph", "truncated");
        xml.writeStartElement("graph");
        xml.writeAttribute("id", "G");
        xml.writeAttribute("edgedefault", "directed");
        data(xml, "truncated", Boolean.toString(graph.truncated()));
        for (var n : graph.nodes()) {
            xml.writeStartElement("node");
            xml.writeAttribute("id", n.id());
            data(xml, "kind", n.label().name());
            data(xml, "name", n.name());
            for (var k : nodeKeys) {
                data(xml, "node." + k, value(n.properties(), k));
            }
            xml.writeEndElement();
        }
        for (var e : graph.edges()) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", e.id());
            xml.writeAttribute("source", e.source());
            xml.writeAttribute("target", e.target());
            data(xml, "type", e.type().name());
            data(xml, "claimIds", String.join(" ", e.provenance().claimIds()));
            data(xml, "sourceIds", String.join(" ", e.provenance().sourceIds()));
            data(xml, "sourceUrls", String.join(" ", graph.sourceUrls(e)));
            for (var k : edgeKeys) {
                data(xml, "edge." + k, value(e.properties(), k));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void key(XMLStreamWriter xml, String id, String domain, String name) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", "string");
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** Cytoscape.js elements: {@code cy.add(json.elements)} or {@code cytoscape({elements: json.elements})}. */
    static String cytoscapeJson(ExportGraph graph) throws JsonProcessingException {
        var nodes = new ArrayList<Map<String, Object>>();
        for (var n : graph.nodes()) {
            var data = new LinkedHashMap<String, Object>();
            data.put("id", n.id());
            data.put("kind", n.label().name());
            data.put("name", n.name());
            n.properties().forEach(p -> data.putIfAbsent(p.key(), p.value()));
            nodes.add(Map.of("group", "nodes", "data", data));
        }
        var edges = new ArrayList<Map<String, Object>>();
        for (var e : graph.edges()) {
            var data = new LinkedHashMap<String, Object>();
            data.put("id", e.id());
            data.put("source", e.source());
            data.put("target", e.target());
            data.put("type", e.type().name());
            data.put("claimIds", e.provenance().claimIds());
            data.put("sourceIds", e.provenance().sourceIds());
            data.put("sourceUrls", graph.sourceUrls(e));
            e.properties().forEach(p -> data.putIfAbsent(p.key(), p.value()));
            edges.add(Map.of("group", "edges", "data", data));
        }
        var answer = new LinkedHashMap<String, Object>();
        answer.put("elements", Map.of("nodes", nodes, "edges", edges));
        answer.put("truncated", graph.truncated());
        return JSON.writeValueAsString(answer);
    }

    static String nodesCsv(ExportGraph graph) throws JsonProcessingException {
        var columns = new ArrayList<>(List.of("id", "kind", "name"));
        var keys = nodeKeys(graph);
        columns.addAll(keys);
        var rows = new ArrayList<Map<String, String>>();
        for (var n : graph.nodes()) {
            var row = new LinkedHashMap<String, String>();
            row.put("id", n.id());
            row.put("kind", n.label().name());
            row.put("name", n.name());
            keys.forEach(k -> row.put(k, value(n.properties(), k)));
            rows.add(row);
        }
        return csv(columns, rows);
    }

    static String edgesCsv(ExportGraph graph) throws JsonProcessingException {
        var columns = new ArrayList<>(List.of("id", "source", "target", "type", "claimIds", "sourceIds", "sourceUrls"));
        var keys = edgeKeys(graph);
        columns.addAll(keys);
        var rows = new ArrayList<Map<String, String>>();
        for (var e : graph.edges()) {
            var row = new LinkedHashMap<String, String>();
            row.put("id", e.id());
            row.put("source", e.source());
            row.put("target", e.target());
            row.put("type", e.type().name());
            row.put("claimIds", String.join(" ", e.provenance().claimIds()));
            row.put("sourceIds", String.join(" ", e.provenance().sourceIds()));
            row.put("sourceUrls", String.join(" ", graph.sourceUrls(e)));
            keys.forEach(k -> row.put(k, value(e.properties(), k)));
            rows.add(row);
        }
        return csv(columns, rows);
    }

    /** RFC 4180: a header line, then one line per row; a cell with a comma, quote or line break is quoted. */
    private static String csv(List<String> columns, List<Map<String, String>> rows) {
        var out = new StringBuilder();
        line(out, columns);
        for (var row : rows) {
            line(out, columns.stream().map(row::get).toList());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append('\n');
    }

    /** CSL-JSON items (Zotero, Pandoc citeproc), one per source. */
    static String cslJson(ExportGraph graph) throws JsonProcessingException {
        var items = new ArrayList<Map<String, Object>>();
        for (var s : graph.sources()) {
            var item = new LinkedHashMap<String, Object>();
            item.put("id", s.id());
            item.put("type", cslType(s.kind()));
            item.put("title", s.title());
            if (s.url() != null) {
                item.put("URL", s.url());
            }
            if (s.publisher() != null) {
                item.put("publisher", s.publisher());
            }
            if (s.published() != null) {
                item.put("issued", Map.of("date-parts", List.of(List.of(s.published().getYear(),
                        s.published().getMonthValue(), s.published().getDayOfMonth()))));
            }
            items.add(item);
        }
        return JSON.writeValueAsString(items);
    }

    private static String cslType(String kind) {
        return switch (kind == null ? "" : kind) {
            case "News" -> "article-newspaper";
            case "Government" -> "report";
            case "Dataset" -> "dataset";
            default -> "webpage";
        };
    }

    /** BibTeX {@code @misc} entries, one per source; the key is the source id with non-alphanumerics as _. */
    static String bibTeX(ExportGraph graph) {
        var out = new StringBuilder();
        for (var s : graph.sources()) {
            out.append("@misc{").append(s.id().replaceAll("[^A-Za-z0-9]", "_")).append(",\n");
            field(out, "title", escape(s.title()));
            field(out, "publisher", escape(s.publisher()));
            if (s.published() != null) {
                field(out, "year", Integer.toString(s.published().getYear()));
                field(out, "month", Integer.toString(s.published().getMonthValue()));
                field(out, "date", s.published().toString());
            }
            // url: verbatim in biblatex and the url package; braces are the only characters it cannot hold
            field(out, "url", s.url() == null ? null : s.url().replaceAll("[{}]", ""));
            field(out, "note", escape("Battery knowledge graph source " + s.id()));
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append("  ").append(name).append(" = {").append(value).append("},\n");
        }
    }

    /** TeX's special characters escaped, so a title with &, % or braces neither breaks the entry nor runs as TeX. */
    static String escape(String text) {
        if (text == null) {
            return null;
        }
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
