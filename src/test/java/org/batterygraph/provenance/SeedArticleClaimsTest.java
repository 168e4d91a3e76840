package org.batterygraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import jakarta.inject.Inject;

import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each seed article's claims, written from the article text, are in the graph with the article as their source
 * and a quote taken word for word from it. Read through GraphQL, as a researcher would.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class SeedArticleClaimsTest {

    private static final String CLAIMS_OF_SOURCE = """
            query ($id: ID!) {
              source(id: $id) { file claims { predicate property subject { id } object { id } quote } }
            }
            """;

    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # article                  | subject                               | predicate   | object or property                 | words of the article
            000_c5a2fa4526bdccf4 | event:acp-pledge-2025                 | HAS_VALUE   | jobs                               | 350,000 new jobs
            000_c5a2fa4526bdccf4 | event:acp-pledge-2025                 | HAS_VALUE   | amountUsd                          | $100 Billion
            000_c5a2fa4526bdccf4 | event:acp-pledge-2025                 | HAS_VALUE   | timelineYears                      | over the next five years
            000_c5a2fa4526bdccf4 | event:acp-pledge-2025                 | INVOLVES    | policy:clean-energy-tax-credits    | clean energy tax credits
            001_db17aa4db412328b | consortium:eba                        | LAUNCHED_BY | org:european-commission            | launched by the European Commission
            001_db17aa4db412328b | consortium:nbmc                       | BASED_IN    | country:US                         | National Battery Manufacturing Consortium
            001_db17aa4db412328b | consortium:de-battery-consortium-2019 | BASED_IN    | country:DE                         | Battery Production Consortium
            001_db17aa4db412328b | consortium:de-battery-consortium-2019 | HAS_VALUE   | launched                           | in 2019
            002_b710820c0e29615b | org:abtc                              | OPERATES    | facility:abtc-lioh-refinery        | lithium hydroxide refinery
            002_b710820c0e29615b | facility:abtc-lioh-refinery           | PRODUCES    | material:lithium-hydroxide         | lithium hydroxide refinery
            002_b710820c0e29615b | country:US                            | HAS_VALUE   | operatingGigafactories             | Only one "Gigafactory" exists
            002_b710820c0e29615b | country:US                            | HAS_VALUE   | gigafactoriesUnderConstruction     | twenty more are under construction
            002_b710820c0e29615b | facility:abtc-tric-recycling          | CONSUMES    | material:end-of-life-batteries     | used batteries
            003_07899387a449ab49 | org:kore-power                        | OPERATES    | facility:koreplex                  | KORE Power has officially confirmed the cancellation
            003_07899387a449ab49 | facility:koreplex                     | HAS_VALUE   | status                             | cancellation
            003_07899387a449ab49 | event:koreplex-cancelled              | INVOLVES    | org:kore-power                     | KORE Power
            004_7685e5194780aa43 | org:american-li-ion                   | OPERATES    | facility:green-li-ion-atoka        | flagship facility in Atoka, Oklahoma
            004_7685e5194780aa43 | org:american-li-ion                   | OPERATES    | facility:american-li-ion-mcalester | McAlester
            004_7685e5194780aa43 | facility:green-li-ion-atoka           | PRODUCES    | material:pcam                      | 99% pure pCAM
            004_7685e5194780aa43 | facility:green-li-ion-atoka           | CONSUMES    | material:black-mass                | black mass
            004_7685e5194780aa43 | facility:green-li-ion-atoka           | HAS_VALUE   | pcamPurityPct                      | 99% pure
            004_7685e5194780aa43 | material:black-mass                   | INPUT_TO    | material:pcam                      | black mass
            004_7685e5194780aa43 | policy:ira                            | ENACTED_BY  | country:US                         | The Inflation Reduction Act
            """)
    void articleClaimIsInTheGraphWithItsQuoteAndSource(String article, String subject, String predicate,
            String objectOrProperty, String words) {
        List<Map<String, Object>> claims = GraphQL.post(CLAIMS_OF_SOURCE, Map.of("id", "source:seed-" + article))
                .statusCode(200).extract().path("data.source.claims");
        assertThat(claims)
                .as("a claim of %s: %s %s %s quoting \"%s\"", article, subject, predicate, objectOrProperty, words)
                .anySatisfy(claim -> {
                    assertThat(id(claim.get("subject"))).isEqualTo(subject);
                    assertThat(claim.get("predicate")).isEqualTo(predicate);
                    assertThat(predicate.equals("HAS_VALUE") ? claim.get("property") : id(claim.get("object")))
                            .isEqualTo(objectOrProperty);
                    assertThat((String) claim.get("quote")).contains(words);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = { "000_c5a2fa4526bdccf4", "001_db17aa4db412328b", "002_b710820c0e29615b",
            "003_07899387a449ab49", "004_7685e5194780aa43" })
    void everyQuoteOfAnArticleIsWordForWordInIt(String article) throws IOException {
        var text = Files.readString(Path.of("sources/seeds", article + ".txt"));
        List<String> quotes = GraphQL.post(CLAIMS_OF_SOURCE, Map.of("id", "source:seed-" + article))
                .statusCode(200).extract().path("data.source.claims.quote");
        assertThat(quotes).isNotEmpty().allSatisfy(quote -> assertThat(text).contains(quote));
    }

    private static final String EVERY_SEED_CLAIM = """
            query { sources(first: 100) { totalCount nodes { id kind file url citation publisher published publishedPrecision
                    claims { id recordedBy evidenceKind quote paraphrase paraphrasedBy assertedOn assertedPrecision assertedBasis } } } }
            """;

    /**
     * The acceptance line "0 claims whose quote is not verbatim": of the seed's claims (those no API user recorded),
     * every one with a quote is a Quote of a seed article found word for word in its text; every other one is a
     * Paraphrase with its text and its writer, and carries no quote.
     */
    @Test
    @SuppressWarnings("unchecked")
    void noSeedClaimPresentsAnythingButTheArticlesWordsAsAQuote() throws IOException {
        List<Map<String, Object>> sources = GraphQL.post(EVERY_SEED_CLAIM).statusCode(200).extract().path("data.sources.nodes");
        var notVerbatim = new ArrayList<String>();
        var mislabelled = new ArrayList<String>();
        int quotes = 0;
        int paraphrases = 0;
        for (var source : sources) {
            var file = (String) source.get("file");
            var text = file == null ? null : Files.readString(Path.of("sources/seeds", file));
            for (var claim : (List<Map<String, Object>>) source.get("claims")) {
                if (claim.get("recordedBy") != null) {
                    continue; // written through the API by a test
                }
                var quote = (String) claim.get("quote");
                switch ((String) claim.get("evidenceKind")) {
                    case "Quote" -> {
                        quotes++;
                        if (text == null || quote == null || !text.contains(quote)) {
                            notVerbatim.add(claim.get("id") + ": " + quote);
                        }
                    }
                    case "Paraphrase" -> {
                        paraphrases++;
                        if (quote != null || claim.get("paraphrase") == null || claim.get("paraphrasedBy") == null) {
                            mislabelled.add((String) claim.get("id"));
                        }
                    }
                    default -> mislabelled.add((String) claim.get("id"));
                }
            }
        }
        assertThat(notVerbatim).as("seed quotes not word for word in their article").isEmpty();
        assertThat(mislabelled).as("paraphrases without their text or writer, or with a quote").isEmpty();
        assertThat(quotes).as("quotes of the seed articles").isGreaterThanOrEqualTo(40);
        assertThat(paraphrases).as("paraphrases of the reference facts").isGreaterThanOrEqualTo(300);
    }

    /** The articles are undated: their claims say their assertion date is the editors' estimate, to the year. */
    @ParameterizedTest
    @ValueSource(strings = { "000_c5a2fa4526bdccf4", "001_db17aa4db412328b", "002_b710820c0e29615b",
            "003_07899387a449ab49", "004_7685e5194780aa43" })
    void undatedArticlesCarryEstimatedAssertionYears(String article) {
        List<Map<String, Object>> claims = GraphQL.post("""
                query ($id: ID!) { source(id: $id) { published claims { assertedPrecision assertedBasis } } }
                """, Map.of("id", "source:seed-" + article)).statusCode(200).extract().path("data.source.claims");
        assertThat(claims).isNotEmpty().allSatisfy(claim -> {
            assertThat(claim.get("assertedPrecision")).isEqualTo("Year");
            assertThat(claim.get("assertedBasis")).isEqualTo("Estimated");
        });
    }

    /** Every source opens (a complete http(s) address) or says how to find it (a citation); each has a kind and a publisher. */
    @Test
    @SuppressWarnings("unchecked")
    void everySourceHasAWorkingAddressOrACitationAKindAndAPublisher() {
        List<Map<String, Object>> sources = GraphQL.post(EVERY_SEED_CLAIM).statusCode(200).extract().path("data.sources.nodes");
        var seedIds = driver.executableQuery("MATCH (s:Source) WHERE s.recordedBy IS NULL RETURN s.id AS id").execute()
                .records().stream().map(r -> r.get("id").asString()).toList();
        var seed = sources.stream().filter(s -> seedIds.contains(s.get("id"))).toList();
        assertThat(seed).hasSizeGreaterThanOrEqualTo(40);
        var badAddress = seed.stream().filter(s -> s.get("url") != null && !HTTP_URL.matcher((String) s.get("url")).matches()
                || s.get("url") != null && ((String) s.get("url")).contains("…")).map(s -> s.get("id") + " " + s.get("url")).toList();
        assertThat(badAddress).as("source urls not absolute http(s) or containing …").isEmpty();
        assertThat(seed).allSatisfy(s -> {
            assertThat(s.get("url") != null || s.get("citation") != null).as("%s has a url or a citation", s.get("id")).isTrue();
            assertThat(s.get("kind")).as("%s kind", s.get("id")).isNotNull();
            assertThat((String) s.get("publisher")).as("%s publisher", s.get("id")).isNotBlank();
            assertThat(s.get("published") == null || s.get("publishedPrecision") != null)
                    .as("%s publication date has its precision", s.get("id")).isTrue();
        });
    }

    /** No text an API user reads names a file of the project (facts.md, "seed 004", a .txt or .cypher file). */
    @Test
    void noDescriptionNamesAProjectFile() {
        List<String> found = driver.executableQuery("""
                MATCH (n:Entity)
                UNWIND [k IN ['description', 'quote', 'paraphrase', 'citation', 'title', 'name', 'value'] WHERE n[k] IS NOT NULL | n.id + '.' + k + ': ' + n[k]] AS text
                RETURN text
                UNION
                MATCH ()-[r:CONFLICTS_WITH]->() RETURN 'conflict: ' + r.reason AS text
                """).execute().records().stream().map(r -> r.get("text").asString())
                .filter(t -> PROJECT_FILE.matcher(t).find()).toList();
        assertThat(found).as("texts naming project files").isEmpty();
    }

    private static final java.util.regex.Pattern HTTP_URL = java.util.regex.Pattern.compile("https?://[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/\\S*)?");
    private static final java.util.regex.Pattern PROJECT_FILE =
            java.util.regex.Pattern.compile("(?i)facts\\.md|minerals\\.md|\\bseed \\d{3}\\b|\\.txt\\b|\\.cypher\\b");

    @Inject
    Driver driver;

    @SuppressWarnings("unchecked")
    private static Object id(Object ref) {
        return ref == null ? null : ((Map<String, Object>) ref).get("id");
    }
}
