package org.batterygraph.devmode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

/**
 * README command 1 with live coding: {@code ./mvnw quarkus:dev} on a copy of the project (its own ports and its
 * own local Neo4j in target/), a Java source edited, and the same documents give the same answers after the live
 * reload (they all failed with "No bean found for required type DocumentGuard" before the build hooks stopped
 * looking beans up). Slow (a Maven build and a Neo4j start): about 2 minutes.
 */
class DevModeReloadTest {

    private static final Path COPY = Path.of("target/dev-mode-reload").toAbsolutePath();
    private static final List<String> DOCUMENTS = List.of(
            "{ facility(id: \"facility:koreplex\") { name status capacityUnit operators { name } } }",
            "{ node(id: \"org:kore-power\") { id name ... on Organization { orgType facilities { name } } } }",
            "{ facilities(filter: {status: Cancelled}, first: 3) { nodes { id } } }");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Process dev;
    private static int httpPort;
    private static Path log;

    @BeforeAll
    static void startDevMode() throws IOException, InterruptedException {
        copyProject();
        httpPort = freePort();
        int boltPort = freePort();
        log = COPY.resolve("dev.log");
        var command = new ArrayList<>(List.of(COPY.resolve("mvnw").toString(), "-B", "quarkus:dev",
                "-Dquarkus.http.port=" + httpPort, "-Ddebug=false", "-Dquarkus.console.enabled=false",
                "-Dquarkus.analytics.disabled=true"));
        var builder = new ProcessBuilder(command).directory(COPY.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("NEO4J_URI", "bolt://127.0.0.1:" + boltPort,
                "NEO4J_HTTP_PORT", Integer.toString(freePort()), "NEO4J_LOCAL_HOME", COPY.resolve(".neo4j").toString()));
        dev = builder.start();
        awaitAnswer(Duration.ofMinutes(8));
    }

    @AfterAll
    static void stopDevMode() throws Exception {
        if (dev == null) {
            return;
        }
        var tree = Stream.concat(dev.descendants(), Stream.of(dev.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy); // SIGTERM: the dev JVM's shutdown hook stops the Neo4j it started
        for (var process : tree) {
            process.onExit().get(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void afterALiveReloadTheApiAnswersAsBefore() throws Exception {
        var before = new ArrayList<JsonObject>();
        for (var document : DOCUMENTS) {
            before.add(post(document));
        }
        assertThat(before).allSatisfy(answer -> assertThat(answer.containsKey("errors")).as(answer.encode()).isFalse());

        var source = COPY.resolve("src/main/java/org/batterygraph/facility/FacilityApi.java");
        Files.writeString(source, Files.readString(source).replace("@Description(\"Organizations operating the facility.",
                "@Description(\"Organizations operating the facility (edited by DevModeReloadTest)."));
        var reloaded = awaitDescription("edited by DevModeReloadTest", Duration.ofMinutes(3));
        assertThat(reloaded).as("the edit is live (dev.log: %s)", log).isTrue();

        for (int i = 0; i < DOCUMENTS.size(); i++) {
            assertThat(post(DOCUMENTS.get(i))).as(DOCUMENTS.get(i)).isEqualTo(before.get(i));
        }
    }

    private static boolean awaitDescription(String text, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                var schema = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/graphql/schema.graphql"))
                        .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
                if (schema.statusCode() == 200 && schema.body().contains(text)) {
                    return true;
                }
            } catch (IOException e) {
                // restarting
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static JsonObject post(String document) throws IOException, InterruptedException {
        var body = new JsonObject().put("query", document).encode();
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/graphql"))
                .timeout(Duration.ofSeconds(120)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s: %s", document, response.body()).isEqualTo(200);
        return new JsonObject(response.body());
    }

    private static void awaitAnswer(Duration timeout) throws InterruptedException, IOException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!dev.isAlive()) {
                throw new AssertionError("quarkus:dev exited; see " + log + ":\n" + tail());
            }
            try {
                var ready = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("quarkus:dev not ready in " + timeout + "; see " + log + ":\n" + tail());
    }

    private static String tail() throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** What dev mode needs of the checkout: the build, the sources, the graph files, the scripts. */
    private static void copyProject() throws IOException {
        if (Files.exists(COPY)) {
            try (var old = Files.walk(COPY)) {
                old.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
        for (var path : List.of("pom.xml", "mvnw", ".mvn", "src/main", "cypher", "neo4j", "dev")) {
            var from = Path.of(path);
            try (var files = Files.walk(from)) {
                for (var file : files.toList()) {
                    var to = COPY.resolve(file.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
