package org.batterygraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Seed coverage (docs/data.md, "Seed coverage"): every statement of fact of a seed article is a claim linked to it
 * (src/test/resources/seed-statements.tsv) or is listed, with its reason, in docs/data.md, "What is not modelled".
 * Each entry must resolve: its words are the article's, its claims exist and belong to the article (a quote of it,
 * or the editors' inference naming an entity it implies); every claim of the article is in the list; and nothing
 * the article names (a number, an organization, facility, consortium, policy or place of the graph) is missing
 * from the listed statements.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class SeedCoverageTest {

    private static final Path STATEMENTS = Path.of("src/test/resources/seed-statements.tsv");
    private static final Path DATA_DOC = Path.of("docs/data.md");
    private static final String NOT_MODELLED_HEADER = "| article | the article's words | why not modelled |\n|---|---|---|\n";
    private static final Pattern NOT_MODELLED_ROW = Pattern.compile("^\\| `([^`]+)` \\| (.+) \\| (.+) \\|$");
    /** A number of the text; a list item's number at the start of a line ("1. ...") is not a statement's. */
    private static final Pattern NUMBER = Pattern.compile("(?m)(?<!^)\\d[\\d,.]*\\d|(?<![\\d,.])\\d(?![\\d,.])");

    record Modelled(String article, String words, List<String> claims) {
    }

    record NotModelled(String article, String words, String reason) {
    }

    @Inject
    Driver driver;

    @ParameterizedTest
    @ValueSource(strings = { "seed-000_c5a2fa4526bdccf4", "seed-001_db17aa4db412328b", "seed-002_b710820c0e29615b",
            "seed-003_07899387a449ab49", "seed-004_7685e5194780aa43" })
    void everyStatementOfTheArticleIsAClaimOrListedAsNotModelled(String article) throws IOException {
        var text = Files.readString(Path.of("sources/seeds", article.substring("seed-".length()) + ".txt"));
        var modelled = modelled().stream().filter(m -> m.article().equals(article)).toList();
        var notModelled = notModelled().stream().filter(n -> n.article().equals(article)).toList();
        assertThat(modelled).as("statements of %s held as claims", article).isNotEmpty();

        // every entry is the article's own words
        assertThat(modelled).allSatisfy(m -> assertThat(text).as("words of %s", article).contains(m.words()));
        assertThat(notModelled).allSatisfy(n -> {
            assertThat(text).as("words of %s", article).contains(n.words());
            assertThat(n.reason()).as("why \"%s\" is not modelled", n.words()).isNotBlank();
        });
        assertThat(notModelled).extracting(NotModelled::words).doesNotContainAnyElementsOf(
                modelled.stream().map(Modelled::words).toList());

        // every listed claim exists and belongs to the article: its quote, or an inference about what it implies
        var listed = new TreeSet<String>();
        modelled.forEach(m -> listed.addAll(m.claims()));
        var source = "source:" + article;
        var problems = new ArrayList<String>();
        for (var id : listed) {
            var found = driver.executableQuery("""
                    MATCH (c:Claim {id: $id})-[:STATED_IN]->(s:Source)
                    RETURN c.evidenceKind AS kind, c.quote AS quote, c.paraphrase AS paraphrase, c.property AS property,
                           c.value AS value, s.id AS source, s.kind AS sourceKind
                    """).withParameters(Map.of("id", id)).execute().records();
            if (found.size() != 1) {
                problems.add(id + ": no such claim");
                continue;
            }
            var c = found.get(0);
            boolean quote = c.get("source").asString().equals(source) && c.get("kind").asString().equals("Quote")
                    && text.contains(c.get("quote").asString());
            boolean inference = "identifiedIn".equals(text(c.get("property"))) && source.equals(text(c.get("value")))
                    && c.get("kind").asString().equals("Paraphrase") && c.get("quote").isNull()
                    && text(c.get("paraphrase")).startsWith("Editors’ inference:")
                    && !c.get("sourceKind").asString().equals("SeedArticle");
            if (!quote && !inference) {
                problems.add(id + ": neither a verbatim quote of the article nor an inference about it");
            }
        }
        assertThat(problems).as("listed claims of %s", article).isEmpty();

        // every claim of the article, and every inference about it, is in the list
        var ofArticle = driver.executableQuery("""
                MATCH (c:Claim)-[:STATED_IN]->(s:Source)
                WHERE c.recordedBy IS NULL AND (s.id = $source OR c.property = 'identifiedIn' AND c.value = $source)
                RETURN c.id AS id ORDER BY id
                """).withParameters(Map.of("source", source)).execute().records().stream()
                .map(r -> r.get("id").asString()).toList();
        assertThat(listed).as("claims of %s in the coverage list", article).containsAll(ofArticle);

        // nothing the article names is left out of the listed statements
        var statements = new ArrayList<String>();
        modelled.forEach(m -> statements.add(m.words()));
        notModelled.forEach(n -> statements.add(n.words()));
        var numbers = NUMBER.matcher(text).results().map(r -> r.group()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(numbers).as("numbers of %s in a listed statement", article)
                .allSatisfy(number -> assertThat(statements).anySatisfy(s -> assertThat(s).contains(number)));
        var named = named(text);
        assertThat(named).as("entities %s names", article).isNotEmpty();
        named.forEach((id, names) -> assertThat(statements).as("a listed statement of %s naming %s %s", article, id, names)
                .anySatisfy(s -> assertThat(names.stream().anyMatch(n -> mentions(s, n))).isTrue()));
    }

    /** The seed's organizations, facilities, consortia, policies and places that the text names: id to names. */
    private Map<String, Set<String>> named(String text) {
        return driver.executableQuery("""
                MATCH (n:Organization|Facility|Consortium|Policy|Country|Subdivision) WHERE n.createdBy IS NULL
                RETURN n.id AS id, [n.name] + coalesce(n.aliases, []) AS names
                """).execute().records().stream()
                .collect(Collectors.toMap(r -> r.get("id").asString(),
                        r -> r.get("names").asList(v -> v.asString()).stream().filter(n -> n.length() >= 3)
                                .filter(n -> mentions(text, n)).collect(Collectors.toCollection(TreeSet::new))))
                .entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String text(org.neo4j.driver.Value value) {
        return value.isNull() ? "" : value.asString();
    }

    private static boolean mentions(String text, String name) {
        return Pattern.compile("(?<!\\w)" + Pattern.quote(name) + "(?!\\w)").matcher(text).find();
    }

    static List<Modelled> modelled() {
        return lines(STATEMENTS).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
            var cells = l.split("\t");
            assertThat(cells).as("article, words and claims in %s", l).hasSize(3);
            return new Modelled(cells[0], cells[1], List.of(cells[2].trim().split(" +")));
        }).toList();
    }

    static List<NotModelled> notModelled() {
        var doc = String.join("\n", lines(DATA_DOC)) + "\n";
        int start = doc.indexOf(NOT_MODELLED_HEADER);
        assertThat(start).as("docs/data.md has the table of what is not modelled").isNotNegative();
        return doc.substring(start + NOT_MODELLED_HEADER.length()).lines().takeWhile(l -> l.startsWith("|")).map(l -> {
            var row = NOT_MODELLED_ROW.matcher(l);
            assertThat(row.matches()).as("row of what is not modelled: %s", l).isTrue();
            return new NotModelled(row.group(1), row.group(2), row.group(3));
        }).toList();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
