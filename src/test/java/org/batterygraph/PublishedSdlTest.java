package org.batterygraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import graphql.language.ScalarTypeDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.Validator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * The published schema is complete: it builds as a schema in a reference implementation (graphql-java's SDL parser
 * and generator, as a typed-client generator would read it, with none of this API's code), declares its custom
 * scalars with their formats, and every GraphQL document of the docs validates against it. The values the API
 * answers are in the formats the descriptions give.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class PublishedSdlTest {

    private static final Pattern DOCUMENT = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern FRAGMENT = Pattern.compile("fragment (\\w+) on ");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    @Inject
    Driver driver;

    @AfterEach
    void removeWrites() {
        TestWrites.remove(driver);
    }

    static GraphQLSchema build(String sdl) {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }

    /** Every ```graphql block of the files, by file and position. */
    static Map<String, String> documents(String... files) throws IOException {
        var documents = new LinkedHashMap<String, String>();
        for (var file : files) {
            var path = Path.of(file);
            if (!Files.exists(path)) {
                continue;
            }
            var matcher = DOCUMENT.matcher(Files.readString(path));
            for (int i = 1; matcher.find(); i++) {
                documents.put(file + " #" + i, matcher.group(1));
            }
        }
        return documents;
    }

    @Test
    void theServedAndPublishedSchemaBuildInTheReferenceParser() throws IOException {
        var served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        for (var sdl : new String[] { served, Files.readString(Path.of("docs/schema.graphql")) }) {
            var registry = new SchemaParser().parse(sdl);
            var scalars = registry.scalars();
            assertThat(scalars).containsKeys("Date", "DateTime");
            assertThat(scalars.get("Date")).extracting(ScalarTypeDefinition::getDescription)
                    .extracting(d -> d.getContent()).asString().contains("yyyy-MM-dd");
            assertThat(scalars.get("DateTime")).extracting(ScalarTypeDefinition::getDescription)
                    .extracting(d -> d.getContent()).asString().contains("RFC 3339").contains("Z or ±hh:mm");
            // every custom scalar says what its values look like
            scalars.values().stream().filter(s -> !graphql.schema.idl.ScalarInfo.isGraphqlSpecifiedScalar(s.getName()))
                    .forEach(s -> assertThat(s.getDescription()).as("description of scalar %s", s.getName()).isNotNull());
            var schema = build(sdl);
            assertThat(schema.getQueryType().getFieldDefinition("neighbourhood")).isNotNull();
            assertThat(schema.getMutationType().getFieldDefinition("upsertFacility")).isNotNull();
        }
    }

    @Test
    void everyDocumentedQueryValidatesAgainstThePublishedSchema() throws IOException {
        var schema = build(Files.readString(Path.of("docs/schema.graphql")));
        var documents = documents("README.md", "docs/queries.md", "docs/explorer.md");
        assertThat(documents).hasSizeGreaterThanOrEqualTo(21);
        // a block that only defines fragments (docs/explorer.md's `claim`) is validated inside the documents of its file
        // that spread it, as the page sends them written out
        var fragments = new LinkedHashMap<String, String>();
        documents.entrySet().removeIf(e -> {
            var m = FRAGMENT.matcher(e.getValue().strip());
            if (!m.lookingAt()) {
                return false;
            }
            fragments.put(e.getKey().substring(0, e.getKey().indexOf(" #")) + "|" + m.group(1), e.getValue());
            return true;
        });
        fragments.keySet().forEach(key -> {
            var file = key.substring(0, key.indexOf('|'));
            var spread = "..." + key.substring(key.indexOf('|') + 1);
            assertThat(documents.entrySet()).as("a document of %s spreading %s", file, spread)
                    .anyMatch(e -> e.getKey().startsWith(file + " #") && e.getValue().contains(spread));
        });
        documents.forEach((where, written) -> {
            var file = where.substring(0, where.indexOf(" #"));
            var withFragments = new StringBuilder(written);
            fragments.forEach((key, definition) -> {
                var name = key.substring(key.indexOf('|') + 1);
                if (key.startsWith(file + "|") && Pattern.compile("\\.\\.\\." + name + "\\b").matcher(written).find()) {
                    withFragments.append('\n').append(definition);
                }
            });
            var text = withFragments.toString();
            var document = Parser.parse(text);
            var errors = new Validator().validateDocument(schema, document, Locale.ENGLISH);
            assertThat(errors).as("validation errors of %s:%n%s", where, text).isEmpty();
        });
    }

    @Test
    void aDocumentThatDoesNotFitTheSchemaIsAnErrorThere() {
        // the check above can fail: an unknown field and an undeclared variable are validation errors
        var schema = build(given().when().get("/graphql/schema.graphql").then().extract().asString());
        var errors = new Validator().validateDocument(schema,
                Parser.parse("{ facility(id: $undeclared) { name nickname } }"), Locale.ENGLISH);
        assertThat(errors).hasSize(2);
    }

    @Test
    void datesAndDateTimesAreAnsweredInTheirDescribedFormats() {
        var answer = new JsonObject(GraphQL.post(Tokens.of("test-sdl", "editor"), """
                mutation ($e: EvidenceInput!) {
                  upsertOrganization(evidence: $e, input: {id: "org:test-sdl", name: "Test SDL Inc.", orgType: Company}) {
                    organization { claims { assertedOn recordedAt } } } }""",
                Map.of("e", Map.of("sourceId", "source:test-sdl", "newSource", Map.of("title", "Test SDL", "kind", "News"),
                        "quote", "Test SDL Inc.", "assertedOn", "2025-06-01")))
                .statusCode(200).extract().asString());
        assertThat(answer.containsKey("errors")).as("%s", answer).isFalse();
        var claim = answer.getJsonObject("data").getJsonObject("upsertOrganization").getJsonObject("organization")
                .getJsonArray("claims").getJsonObject(0);
        assertThat(claim.getString("assertedOn")).isEqualTo("2025-06-01").matches(DATE);
        assertThat(claim.getString("recordedAt")).matches(DATE_TIME);
    }
}
