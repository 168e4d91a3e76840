package org.batterygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * docs/errors.md is the list of codes a client can get. Every code in its tables must be asserted by some test
 * (an {@code equalTo("CODE")}, {@code is("CODE")} or {@code isEqualTo("CODE")} in src/test), with its HTTP status
 * in the same assertion chain where the table gives one; and the limits the doc states are the configured ones.
 */
class ErrorCodesDocTest {

    static final Path DOC = Path.of("docs/errors.md");
    /** "| `CODE` |", "| `CODE` (HTTP 400) |" (GraphQL table) and "| 403 | `CODE` |" (POST /cypher table). */
    static final Pattern GRAPHQL_ROW = Pattern.compile("^\\| `([A-Z_]+)`(?: \\(HTTP (\\d{3})\\))? \\|", Pattern.MULTILINE);
    static final Pattern CYPHER_ROW = Pattern.compile("^\\| (\\d{3}) \\| `([A-Z_]+)` \\|", Pattern.MULTILINE);

    /** code -> HTTP status the doc gives it (200 where it is a GraphQL error without one). */
    static Map<String, Integer> documentedCodes() throws IOException {
        var doc = Files.readString(DOC);
        var codes = new LinkedHashMap<String, Integer>();
        var graphql = GRAPHQL_ROW.matcher(doc);
        while (graphql.find()) {
            codes.put("graphql " + graphql.group(1), graphql.group(2) == null ? 200 : Integer.parseInt(graphql.group(2)));
        }
        var cypher = CYPHER_ROW.matcher(doc);
        while (cypher.find()) {
            codes.put("cypher " + cypher.group(2), Integer.parseInt(cypher.group(1)));
        }
        return codes;
    }

    static String testSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            return files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("ErrorCodesDocTest.java"))
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void everyDocumentedCodeIsAssertedWithItsStatus() throws IOException {
        var codes = documentedCodes();
        assertThat(codes.keySet()).as("codes read from %s", DOC).contains("graphql QUERY_TOO_DEEP", "graphql BAD_REQUEST",
                "cypher WRITE_REFUSED", "cypher PROCEDURE_REFUSED").hasSizeGreaterThanOrEqualTo(19);
        var sources = testSources();
        codes.forEach((key, status) -> {
            var code = key.substring(key.indexOf(' ') + 1);
            var asserted = Pattern.compile("(?:equalTo|isEqualTo|is)\\(\\s*\"" + code + "\"\\s*\\)");
            // or a row of a @CsvSource whose test asserts is(code) with statusCode(200) (BoundsAndRoundTripsTest)
            var csvRow = Pattern.compile("\\| " + code + " +\\| \\{");
            if (key.startsWith("graphql") && status == 200 && csvRow.matcher(sources).find()) {
                return;
            }
            assertThat(asserted.matcher(sources).find()).as("some test asserts %s", code).isTrue();
            // The status and the code in one chained assertion: statusCode(N) ... "CODE" within one statement.
            var withStatus = Pattern.compile("statusCode\\(" + status + "\\)[^;]*?\"" + code + "\"|\"" + code + "\"[^;]*?statusCode\\("
                    + status + "\\)|status\\(\\)\\)\\.isEqualTo\\(" + status + "\\)");
            if (status != 200 || key.startsWith("graphql")) {
                assertThat(withStatus.matcher(sources).find()).as("some test asserts %s with HTTP %d", code, status).isTrue();
            }
        });
        assertThat(sources).as("the 413 above the body limit").contains("startsWith(\"HTTP/1.1 413\")");
    }

    @Test
    void theLimitsTheDocStatesAreTheConfiguredOnes() throws IOException {
        var config = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            config.load(in);
        }
        var doc = Files.readString(DOC);
        var stated = Map.of(
                "battery.graphql.max-depth", "more than 12 levels (`battery.graphql.max-depth`)",
                "battery.graphql.max-fields", "more than 1,000 fields once fragments are spread (`battery.graphql.max-fields`)",
                "battery.graphql.max-aliases", "more than 30 aliases once fragments are spread (`battery.graphql.max-aliases`)",
                "quarkus.http.limits.max-body-size", "over 64 KB (`quarkus.http.limits.max-body-size`)",
                "quarkus.smallrye-graphql.parser-max-tokens", "more than 5,000 tokens (`quarkus.smallrye-graphql.parser-max-tokens`)",
                "battery.query.timeout", "`battery.query.timeout` (10 s)",
                "battery.cypher.timeout", "`battery.cypher.timeout` (5 s)",
                "battery.cypher.max-rows", "`battery.cypher.max-rows` (1,000)");
        var configured = Map.of("battery.graphql.max-depth", "12", "battery.graphql.max-fields", "1000",
                "battery.graphql.max-aliases", "30", "quarkus.http.limits.max-body-size", "64K",
                "quarkus.smallrye-graphql.parser-max-tokens", "5000",
                "battery.query.timeout", "10S", "battery.cypher.timeout", "5S", "battery.cypher.max-rows", "1000");
        stated.forEach((key, text) -> {
            assertThat(doc).as("%s states %s", DOC, key).contains(text);
            assertThat(config.getProperty(key)).as("production value of %s", key).isEqualTo(configured.get(key));
        });
    }
}
