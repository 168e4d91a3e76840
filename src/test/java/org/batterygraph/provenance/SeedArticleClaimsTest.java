package org.batterygraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @SuppressWarnings("unchecked")
    private static Object id(Object ref) {
        return ref == null ? null : ((Map<String, Object>) ref).get("id");
    }
}
