package org.batterygraph.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.batterygraph.GraphQL.NO_STACK_TRACE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.batterygraph.neo4j.TestCypherWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The exports answer what GraphQL's neighbourhood and paths answer for the same arguments, in files that parse as
 * their formats, every edge with its sources; bad arguments get GraphQL's codes as 4xx; one round trip each.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class ExportTest {

    private static final String ID = "org:kore-power";

    @Inject
    TestCypherWatch cypher;

    /** GraphQL's neighbourhood of {@link #ID} at depth 2: node ids, and edges as "source type target" with their source ids. */
    private static JsonObject graphqlNeighbourhood() {
        var answer = new JsonObject(GraphQL.post("""
                query ($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { id label name }
                  edges { id source target type provenance { sourceIds } } truncated } }""", Map.of("id", ID))
                .statusCode(200).extract().asString());
        assertThat(answer.containsKey("errors")).as("%s", answer).isFalse();
        return answer.getJsonObject("data").getJsonObject("neighbourhood");
    }

    private static Set<String> ids(JsonArray array, String key) {
        var ids = new TreeSet<String>();
        array.forEach(o -> ids.add(((JsonObject) o).getString(key)));
        return ids;
    }

    private static Set<String> edges(JsonArray edges) {
        var found = new TreeSet<String>();
        edges.forEach(o -> {
            var e = (JsonObject) o;
            found.add(e.getString("source") + " " + e.getString("type") + " " + e.getString("target"));
        });
        return found;
    }

    @Test
    void aGraphMlNeighbourhoodParsesAsGraphMlWithTheNodesAndEdgesOfTheGraphQLAnswer() throws Exception {
        var expected = graphqlNeighbourhood();
        assertThat(expected.getJsonArray("edges").size()).isGreaterThan(3);
        long before = cypher.roundTrips();
        var response = given().queryParam("id", ID).queryParam("depth", 2).when().get("/export/neighbourhood.graphml")
                .then().statusCode(200)
                .contentType(startsWith("application/graphml+xml"))
                .header("Content-Disposition", equalTo("attachment; filename=\"neighbourhood-org_kore-power-depth2.graphml\""))
                .extract();
        assertThat(cypher.roundTrips() - before).as("round trips of an export").isEqualTo(1);

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.asString())));
        var root = xml.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("graphml");
        assertThat(root.getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        var ns = root.getNamespaceURI();

        var keys = new HashMap<String, String>(); // id -> for
        var keyElements = xml.getElementsByTagNameNS(ns, "key");
        for (int i = 0; i < keyElements.getLength(); i++) {
            var key = (Element) keyElements.item(i);
            keys.put(key.getAttribute("id"), key.getAttribute("for"));
            assertThat(key.getAttribute("attr.type")).isEqualTo("string");
        }
        assertThat(keys).containsEntry("kind", "node").containsEntry("name", "node").containsEntry("type", "edge")
                .containsEntry("claimIds", "edge").containsEntry("sourceIds", "edge").containsEntry("sourceUrls", "edge");
        var graph = (Element) xml.getElementsByTagNameNS(ns, "graph").item(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");

        var nodeIds = new TreeSet<String>();
        var nodes = xml.getElementsByTagNameNS(ns, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            var node = (Element) nodes.item(i);
            nodeIds.add(node.getAttribute("id"));
            assertThat(data(node, ns).keySet()).allSatisfy(k -> assertThat(keys).containsEntry(k, "node"));
        }
        assertThat(nodeIds).isEqualTo(ids(expected.getJsonArray("nodes"), "id"));

        var edgeSet = new TreeSet<String>();
        var sourcesByEdge = new HashMap<String, String>();
        var urls = 0;
        var edgeElements = xml.getElementsByTagNameNS(ns, "edge");
        for (int i = 0; i < edgeElements.getLength(); i++) {
            var edge = (Element) edgeElements.item(i);
            var data = data(edge, ns);
            assertThat(data.keySet()).allSatisfy(k -> assertThat(keys).containsEntry(k, "edge"));
            assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
            edgeSet.add(edge.getAttribute("source") + " " + data.get("type") + " " + edge.getAttribute("target"));
            sourcesByEdge.put(edge.getAttribute("id"), data.getOrDefault("sourceIds", ""));
            urls += data.containsKey("sourceUrls") ? data.get("sourceUrls").split(" ").length : 0;
        }
        assertThat(edgeSet).isEqualTo(edges(expected.getJsonArray("edges")));
        // every edge carries the sources GraphQL gives it
        expected.getJsonArray("edges").forEach(o -> {
            var e = (JsonObject) o;
            var sourceIds = String.join(" ", e.getJsonObject("provenance").getJsonArray("sourceIds").getList());
            assertThat(sourcesByEdge.get(e.getString("id"))).as("sources of %s", e).isEqualTo(sourceIds);
        });
        assertThat(sourcesByEdge.values()).anySatisfy(s -> assertThat(s).isNotEmpty());
        assertThat(urls).as("source URLs on the edges").isPositive();
    }

    private static Map<String, String> data(Element element, String ns) {
        var data = new HashMap<String, String>();
        var list = element.getElementsByTagNameNS(ns, "data");
        for (int i = 0; i < list.getLength(); i++) {
            var d = (Element) list.item(i);
            data.put(d.getAttribute("key"), d.getTextContent());
        }
        return data;
    }

    private static List<Map<String, String>> csv(String text) throws Exception {
        MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text);
        return rows.readAll();
    }

    @Test
    void csvHasAHeaderAndTheSameNodesAndEdges() throws Exception {
        var expected = graphqlNeighbourhood();
        var nodesText = given().queryParam("id", ID).queryParam("depth", 2).when().get("/export/neighbourhood.nodes.csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString(".nodes.csv\"")).extract().asString();
        assertThat(nodesText.lines().findFirst().orElseThrow()).startsWith("id,kind,name");
        var nodes = csv(nodesText);
        assertThat(nodes).hasSize(expected.getJsonArray("nodes").size());
        Set<String> csvIds = new TreeSet<>();
        nodes.forEach(r -> csvIds.add(r.get("id")));
        assertThat(csvIds).isEqualTo(ids(expected.getJsonArray("nodes"), "id"));

        var edgesText = given().queryParam("id", ID).queryParam("depth", 2).when().get("/export/neighbourhood.edges.csv")
                .then().statusCode(200).extract().asString();
        assertThat(edgesText.lines().findFirst().orElseThrow()).startsWith("id,source,target,type,claimIds,sourceIds,sourceUrls");
        var edges = csv(edgesText);
        assertThat(edges).hasSize(expected.getJsonArray("edges").size());
        var found = new TreeSet<String>();
        edges.forEach(r -> found.add(r.get("source") + " " + r.get("type") + " " + r.get("target")));
        assertThat(found).isEqualTo(edges(expected.getJsonArray("edges")));
    }

    @Test
    void cytoscapeJsonHasTheElementsOfTheGraphQLAnswer() {
        var expected = graphqlNeighbourhood();
        var json = new JsonObject(given().queryParam("id", ID).queryParam("depth", "2").when().get("/export/neighbourhood.json")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().asString());
        var elements = json.getJsonObject("elements");
        var nodeIds = new TreeSet<String>();
        elements.getJsonArray("nodes").forEach(o -> nodeIds.add(((JsonObject) o).getJsonObject("data").getString("id")));
        assertThat(nodeIds).isEqualTo(ids(expected.getJsonArray("nodes"), "id"));
        var edgeData = new JsonArray();
        elements.getJsonArray("edges").forEach(o -> edgeData.add(((JsonObject) o).getJsonObject("data")));
        assertThat(edges(edgeData)).isEqualTo(edges(expected.getJsonArray("edges")));
        assertThat(edgeData.getJsonObject(0).getJsonArray("sourceIds")).isNotNull();
        assertThat(json.getBoolean("truncated")).isEqualTo(expected.getBoolean("truncated"));
    }

    @Test
    void cslJsonAndBibTeXCarryTheSourcesWithTheirUrls() {
        var expected = graphqlNeighbourhood();
        var sourceIds = new TreeSet<String>();
        expected.getJsonArray("edges").forEach(o -> ((JsonObject) o).getJsonObject("provenance").getJsonArray("sourceIds")
                .forEach(s -> sourceIds.add((String) s)));
        var csl = new JsonArray(given().queryParam("id", ID).queryParam("depth", 2).when().get("/export/neighbourhood.csl.json")
                .then().statusCode(200).contentType(startsWith("application/vnd.citationstyles.csl+json"))
                .extract().asString());
        assertThat(ids(csl, "id")).isEqualTo(sourceIds);
        var bib = given().queryParam("id", ID).queryParam("depth", 2).when().get("/export/neighbourhood.bib")
                .then().statusCode(200).contentType(startsWith("application/x-bibtex"))
                .header("Content-Disposition", containsString(".bib\"")).extract().asString();
        assertThat(bib.split("@misc\\{", -1)).hasSize(sourceIds.size() + 1);
        var withUrl = 0;
        for (var item : csl) {
            var source = (JsonObject) item;
            var url = GraphQL.post("query ($id: ID!) { source(id: $id) { title url } }", Map.of("id", source.getString("id")))
                    .statusCode(200).extract().path("data.source.url");
            assertThat(source.getString("URL")).isEqualTo(url);
            assertThat(source.getString("title")).isNotBlank();
            assertThat(bib).contains("Battery knowledge graph source " + source.getString("id").replace("_", "\\_"));
            if (url != null) {
                withUrl++;
                assertThat(bib).contains("url = {" + url + "}");
            }
        }
        assertThat(withUrl).isPositive();
    }

    @Test
    void aPathsExportHasTheNodesAndEdgesOfTheGraphQLPaths() throws Exception {
        var answer = new JsonObject(GraphQL.post("""
                { paths(from: "org:kore-power", to: "country:US") { nodes { id } edges { source type target } } }""")
                .statusCode(200).extract().asString());
        var paths = answer.getJsonObject("data").getJsonArray("paths");
        assertThat(paths).isNotEmpty();
        var nodeIds = new HashSet<String>();
        var edgeList = new JsonArray();
        paths.forEach(p -> {
            ((JsonObject) p).getJsonArray("nodes").forEach(n -> nodeIds.add(((JsonObject) n).getString("id")));
            ((JsonObject) p).getJsonArray("edges").forEach(edgeList::add);
        });
        var json = new JsonObject(given().queryParam("from", "org:kore-power").queryParam("to", "country:US")
                .when().get("/export/paths.json").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"paths-org_kore-power-country_US.json\""))
                .extract().asString());
        var exported = new HashSet<String>();
        json.getJsonObject("elements").getJsonArray("nodes").forEach(n -> exported.add(((JsonObject) n).getJsonObject("data").getString("id")));
        assertThat(exported).isEqualTo(nodeIds);
        var edgeData = new JsonArray();
        json.getJsonObject("elements").getJsonArray("edges").forEach(o -> edgeData.add(((JsonObject) o).getJsonObject("data")));
        assertThat(edges(edgeData)).isEqualTo(edges(edgeList));
        var xml = given().queryParam("from", "org:kore-power").queryParam("to", "country:US").when().get("/export/paths.graphml")
                .then().statusCode(200).extract().asString();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertThat(doc.getElementsByTagNameNS(Renderings.GRAPHML_NS, "node").getLength()).isEqualTo(nodeIds.size());
    }

    /** The same arguments GraphQL refuses are refused here with the same code, as 4xx; nothing runs. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /export/neighbourhood.graphml?id=org:kore-power&depth=4       | 400 | LIMIT_EXCEEDED   | depth must be between 1 and 3, was 4
            /export/neighbourhood.graphml?id=org:kore-power&depth=0       | 400 | LIMIT_EXCEEDED   | depth must be between 1 and 3, was 0
            /export/neighbourhood.json?id=org:kore-power&limit=501        | 400 | LIMIT_EXCEEDED   | limit must be between 1 and 500, was 501
            /export/neighbourhood.graphml?id=org:kore-power&depth=two     | 400 | INVALID_ARGUMENT | depth must be a whole number
            /export/neighbourhood.graphml?depth=2                         | 400 | INVALID_ARGUMENT | id is required
            /export/neighbourhood.graphml?id=org:kore-power&labels=Widget | 400 | INVALID_ARGUMENT | labels: "Widget" is not one of
            /export/neighbourhood.graphml?id=org:kore-power&asOf=2025-13-01 | 400 | INVALID_ARGUMENT | asOf must be a date
            /export/neighbourhood.graphml?id=org:no-such-thing            | 404 | NOT_FOUND        | There is no node with id "org:no-such-thing"
            /export/neighbourhood.xlsx?id=org:kore-power                  | 404 | NOT_FOUND        | There is no export format "xlsx"
            /export/paths.graphml?from=org:kore-power&to=org:kore-power   | 400 | INVALID_ARGUMENT | from and to must be different nodes
            /export/paths.graphml?from=org:kore-power&to=country:US&maxHops=7 | 400 | LIMIT_EXCEEDED | maxHops must be between 1 and 6, was 7
            /export/paths.bib?from=org:kore-power&to=org:nobody           | 404 | NOT_FOUND        | none with id "org:nobody"
            """)
    void badArgumentsGetTheirCodes(String url, int status, String code, String message) {
        long before = cypher.roundTrips();
        var body = given().urlEncodingEnabled(true).when().get(url).then().log().ifValidationFails()
                .statusCode(status)
                .contentType(startsWith("application/json"))
                .body("error.code", equalTo(code))
                .body("error.message", containsString(message))
                .extract().asString();
        assertThat(NO_STACK_TRACE.matches(body)).isTrue();
        if (status == 400) {
            assertThat(cypher.roundTrips() - before).as("round trips of a refused export").isZero();
        }
    }

    @Test
    void anUnknownIdIsNotFound() {
        given().queryParam("id", "facility:nowhere").when().get("/export/neighbourhood.graphml").then()
                .statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    }

    @Test
    void graphQLRefusesTheSameArgumentsWithTheSameCodes() {
        GraphQL.post("{ neighbourhood(id: \"org:kore-power\", depth: 4) { truncated } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("depth must be between 1 and 3, was 4"));
        GraphQL.post("{ paths(from: \"org:kore-power\", to: \"org:kore-power\") { length } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void refusalsAreCounted() {
        given().when().get("/export/neighbourhood.graphml?id=org:kore-power&depth=9").then().statusCode(400)
                .body("error.code", equalTo("LIMIT_EXCEEDED"));
        var metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        var counted = new ArrayList<String>();
        metrics.lines().filter(l -> l.startsWith("battery_refusals_total{") && l.contains("api=\"export\"")
                && l.contains("code=\"LIMIT_EXCEEDED\"")).forEach(counted::add);
        assertThat(counted).hasSize(1);
        assertThat(Double.parseDouble(counted.get(0).substring(counted.get(0).lastIndexOf(' ') + 1))).isPositive();
    }
}
