package org.batterygraph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The explorer's vendored libraries are what scripts/vendor-frontend.sh wrote: every file listed, unchanged, with a licence. */
class VendoredFilesTest {

    static final Path VENDOR = Path.of("src/main/resources/META-INF/resources/explore/vendor");

    @Test
    void everyVendoredFileMatchesTheManifestAndEveryPackageCarriesItsLicence() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(VENDOR.resolve("manifest.json").toFile());
        assertThat(manifest.size()).as("packages in the manifest").isGreaterThanOrEqualTo(11);
        Set<Path> listed = new HashSet<>();
        for (JsonNode pkg : manifest) {
            assertThat(pkg.get("license").asText()).as(pkg.get("package") + " licence").isIn("MIT", "ISC");
            boolean hasLicence = false;
            for (JsonNode file : pkg.get("files")) {
                Path path = VENDOR.resolve(file.get("path").asText());
                listed.add(path.normalize());
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
                assertThat(HexFormat.of().formatHex(digest)).as("sha256 of " + path).isEqualTo(file.get("sha256").asText());
                hasLicence |= path.getFileName().toString().toUpperCase().startsWith("LICENSE");
            }
            assertThat(hasLicence).as(pkg.get("package") + " has its licence file").isTrue();
        }
        try (Stream<Path> files = Files.walk(VENDOR)) {
            assertThat(files.filter(Files::isRegularFile).map(Path::normalize)
                    .filter(p -> !p.getFileName().toString().equals("manifest.json")))
                    .as("files in vendor/ not in the manifest").allMatch(listed::contains);
        }
    }
}
