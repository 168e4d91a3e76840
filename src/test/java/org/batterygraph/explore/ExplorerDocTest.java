package org.batterygraph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** docs/explorer.md lists every GraphQL document the page sends and every vendored library at its vendored version. */
class ExplorerDocTest {

    static final Path PAGE = Path.of("src/main/resources/META-INF/resources/explore");

    @Test
    void everyDocumentThePageSendsIsInTheDoc() throws Exception {
        String api = Files.readString(PAGE.resolve("js/api.js"));
        String doc = Files.readString(Path.of("docs/explorer.md"));
        var operations = Pattern.compile("query (\\w+)[ (]").matcher(api).results().map(m -> m.group(1)).toList();
        assertThat(operations).hasSizeGreaterThanOrEqualTo(10);
        for (String operation : operations) {
            assertThat(doc).as("docs/explorer.md shows query " + operation).containsPattern("query " + operation + "[ (]");
        }
    }

    @Test
    void everyVendoredLibraryIsInTheDocAtItsVersion() throws Exception {
        String doc = Files.readString(Path.of("docs/explorer.md"));
        JsonNode manifest = new ObjectMapper().readTree(PAGE.resolve("vendor/manifest.json").toFile());
        for (JsonNode pkg : manifest) {
            assertThat(doc).contains("| " + pkg.get("package").asText() + " | " + pkg.get("version").asText() + " | "
                    + pkg.get("license").asText() + " |");
        }
    }
}
