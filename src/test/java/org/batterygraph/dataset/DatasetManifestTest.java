package org.batterygraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The vendored datasets (data/external/) are what scripts/vendor-datasets.sh copied: every file listed in its
 * folder's manifest, unchanged (sha256), with an origin, a release, a licence, a citation and an attribution file.
 */
class DatasetManifestTest {

    static final Path EXTERNAL = Path.of("data/external");

    @Test
    void everyVendoredFileMatchesItsManifestAndEveryDatasetNamesItsOriginAndLicence() throws Exception {
        List<Path> folders;
        try (Stream<Path> list = Files.list(EXTERNAL)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(folders).extracting(p -> p.getFileName().toString())
                .containsExactly("cim-2024q4", "lithium-deposits", "post-ira-investments", "usgs-mcs");
        for (Path folder : folders) {
            JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
            assertThat(manifest.get("dataset").asText()).isEqualTo(folder.getFileName().toString());
            for (String field : List.of("title", "release", "licence", "citation")) {
                assertThat(manifest.path(field).asText()).as(folder + " " + field).isNotBlank();
            }
            for (String field : List.of("repository", "commit", "path")) {
                assertThat(manifest.path("origin").path(field).asText()).as(folder + " origin " + field).isNotBlank();
            }
            assertThat(folder.resolve("ATTRIBUTION.md")).as(folder + " attribution").isRegularFile();
            Set<Path> listed = new HashSet<>();
            for (JsonNode file : manifest.get("files")) {
                Path path = folder.resolve(file.get("path").asText()).normalize();
                listed.add(path);
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
                assertThat(HexFormat.of().formatHex(digest)).as("sha256 of " + path).isEqualTo(file.get("sha256").asText());
            }
            try (Stream<Path> files = Files.walk(folder)) {
                assertThat(files.filter(Files::isRegularFile).map(Path::normalize)
                        .filter(p -> !Set.of("manifest.json", "ATTRIBUTION.md").contains(p.getFileName().toString())))
                        .as("files in " + folder + " not in its manifest").allMatch(listed::contains);
            }
        }
    }
}
