package org.batterygraph.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.batterygraph.access.IdentityProviderConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs on the development machines, so docker-compose.yml is checked by reading it: its
 * services, ports, environment and volumes must agree with application.properties and the project's Neo4j line.
 */
@SuppressWarnings("unchecked")
class DockerComposeTest {

    private static Map<String, Object> neo4j;
    private static Map<String, Object> app;
    private static Map<String, Object> compose;
    private static Properties properties;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("docker-compose.yml"))) {
            compose = new Yaml().load(in);
        }
        var services = (Map<String, Object>) compose.get("services");
        neo4j = (Map<String, Object>) services.get("neo4j");
        app = (Map<String, Object>) services.get("app");
        properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
    }

    @Test
    void neo4jIsTheOfficialImageOfTheProjectsNeo4jLine() throws IOException {
        var pom = Files.readString(Path.of("pom.xml"));
        Matcher version = Pattern.compile("<neo4j.version>(\\d+\\.\\d+)\\.\\d+</neo4j.version>").matcher(pom);
        assertThat(version.find()).isTrue();
        assertThat(neo4j.get("image")).isEqualTo("neo4j:" + version.group(1));
    }

    @Test
    void neo4jKeepsItsDataInANamedVolumeAndHasAHealthcheck() {
        var volumes = (List<String>) neo4j.get("volumes");
        var dataVolume = volumes.stream().filter(v -> v.endsWith(":/data")).findFirst().orElseThrow();
        var name = dataVolume.substring(0, dataVolume.indexOf(':'));
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey(name);
        assertThat((Map<String, Object>) neo4j.get("healthcheck")).containsKey("test");
    }

    @Test
    void neo4jPortsAreLoopbackOnlyBoltAndHttp() {
        assertThat((List<String>) neo4j.get("ports"))
                .containsExactlyInAnyOrder("127.0.0.1:7474:7474", "127.0.0.1:7687:7687");
    }

    @Test
    void appReachesNeo4jByServiceNameOnTheBoltPort() {
        var environment = (Map<String, String>) app.get("environment");
        var uri = URI.create(environment.get("NEO4J_URI"));
        assertThat(uri.getScheme()).isIn("bolt", "neo4j");
        assertThat(((Map<String, Object>) compose.get("services"))).containsKey(uri.getHost());
        assertThat(neo4j.get("ports").toString()).contains(":" + uri.getPort());
        // application.properties reads exactly that variable
        assertThat(properties.getProperty("quarkus.neo4j.uri")).startsWith("${NEO4J_URI:");
    }

    @Test
    void credentialsComeFromTheEnvironmentAndAgreeBetweenNeo4jAndApp() {
        var neo4jEnvironment = (Map<String, String>) neo4j.get("environment");
        var appEnvironment = (Map<String, String>) app.get("environment");
        var auth = neo4jEnvironment.get("NEO4J_AUTH");
        assertThat(auth).isEqualTo(appEnvironment.get("NEO4J_USERNAME") + "/" + appEnvironment.get("NEO4J_PASSWORD"));
        // same variables and defaults as application.properties
        assertThat(appEnvironment.get("NEO4J_USERNAME")).isEqualTo("${NEO4J_USERNAME:-" + defaultOf("quarkus.neo4j.authentication.username") + "}");
        assertThat(appEnvironment.get("NEO4J_PASSWORD")).isEqualTo("${NEO4J_PASSWORD:-" + defaultOf("quarkus.neo4j.authentication.password") + "}");
    }

    @Test
    void appPublishesItsHttpPortAndWaitsForAHealthyNeo4j() {
        var port = properties.getProperty("quarkus.http.port");
        assertThat((List<String>) app.get("ports")).contains(port + ":" + port);
        var dependsOn = (Map<String, Map<String, String>>) app.get("depends_on");
        assertThat(dependsOn.get("neo4j")).containsEntry("condition", "service_healthy");
        assertThat(app.get("healthcheck").toString()).contains("localhost:" + port + "/q/health/ready");
    }

    @Test
    void appIsBuiltFromTheQuarkusDockerfile() {
        var build = (Map<String, String>) app.get("build");
        assertThat(Path.of(build.get("context")).resolve(build.get("dockerfile"))).exists();
        assertThat(build.get("dockerfile")).startsWith("src/main/docker/");
    }

    @Test
    void appStartsReadOnlyWhenTheIdentityProviderVariablesAreLeftEmpty() {
        var environment = (Map<String, String>) app.get("environment");
        // the variables the application maps to smallrye-jwt, passed through, empty by default
        for (var variable : IdentityProviderConfig.VARIABLES.values()) {
            assertThat(environment.get(variable)).as(variable).isEqualTo("${" + variable + ":-}");
        }
        // no expression for them in application.properties outside dev and test: an empty one would stop the start
        assertThat(properties.getProperty("mp.jwt.verify.issuer")).isNull();
        assertThat(properties.getProperty("mp.jwt.verify.publickey.location")).isNull();
    }

    @Test
    void appNamesTheSameDatabaseAndTracingDefaultsAsApplicationProperties() {
        var environment = (Map<String, String>) app.get("environment");
        assertThat(properties.getProperty("battery.neo4j.database")).isEqualTo("${NEO4J_DATABASE:neo4j}");
        assertThat(environment.get("NEO4J_DATABASE")).isEqualTo("${NEO4J_DATABASE:-" + defaultOf("battery.neo4j.database") + "}");
        assertThat(environment.get("OTEL_SDK_DISABLED")).isEqualTo("${OTEL_SDK_DISABLED:-" + defaultOf("quarkus.otel.sdk.disabled") + "}");
        assertThat(environment.get("OTEL_EXPORTER_OTLP_ENDPOINT"))
                .isEqualTo("${OTEL_EXPORTER_OTLP_ENDPOINT:-" + defaultOf("quarkus.otel.exporter.otlp.endpoint") + "}");
    }

    @Test
    void prometheusScrapesTheAppsMetricsPathAndLoadsTheDocumentedAlertRules() throws IOException {
        var prometheus = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("prometheus");
        assertThat((List<String>) prometheus.get("profiles")).containsExactly("monitoring");
        assertThat((Map<String, Object>) prometheus.get("healthcheck")).containsKey("test");
        var mounts = (List<String>) prometheus.get("volumes");
        for (var mount : mounts) {
            assertThat(Path.of(mount.substring(0, mount.indexOf(':')))).as(mount).exists();
        }
        Map<String, Object> config;
        try (InputStream in = Files.newInputStream(Path.of("deploy/prometheus/prometheus.yml"))) {
            config = new Yaml().load(in);
        }
        var job = ((List<Map<String, Object>>) config.get("scrape_configs")).get(0);
        assertThat(job.get("metrics_path")).isEqualTo(properties.getProperty("quarkus.micrometer.export.prometheus.path"));
        var targets = ((List<Map<String, List<String>>>) job.get("static_configs")).get(0).get("targets");
        assertThat(targets).containsExactly("app:" + properties.getProperty("quarkus.http.port"));
        assertThat((List<String>) config.get("rule_files")).containsExactly("/etc/prometheus/alerts.yml");
        assertThat(mounts).contains("./deploy/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro");

        // every battery_ metric an alert uses is one docs/operations.md explains
        var operations = Files.readString(Path.of("docs/operations.md"));
        var alerts = Files.readString(Path.of("deploy/prometheus/alerts.yml"));
        Matcher metric = Pattern.compile("battery_[a-z_]+").matcher(alerts);
        int used = 0;
        while (metric.find()) {
            used++;
            var name = metric.group().replaceAll("_(bucket|count|sum|total)$", "");
            assertThat(operations).as(metric.group()).contains("`" + name);
        }
        assertThat(used).isGreaterThan(3);
    }

    /** The default of a {@code ${VARIABLE:default}} property value. */
    private static String defaultOf(String property) {
        var value = properties.getProperty(property);
        return value.substring(value.indexOf(':') + 1, value.length() - 1);
    }
}
