package org.batterygraph.neo4j;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Development convenience: when the configured Neo4j is on this machine and nothing listens on its Bolt port,
 * starts the project's local Neo4j 5.26 server (neo4j/local.sh, its own JVM, data in .neo4j/) and stops it
 * when this JVM exits. Never starts anything for a remote URI (docker-compose, Aura, a cluster).
 * Enabled in the dev profile only ({@code battery.local-neo4j.enabled}).
 */
@ApplicationScoped
public class LocalNeo4jServer {

    private static final Logger LOG = Logger.getLogger(LocalNeo4jServer.class);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private final boolean enabled;
    private final URI uri;
    private final String password;
    private final Path script;

    LocalNeo4jServer(Neo4jSettings.LocalServer settings, @ConfigProperty(name = "quarkus.neo4j.uri") URI uri,
            @ConfigProperty(name = "quarkus.neo4j.authentication.password") String password) {
        this.enabled = settings.enabled();
        this.uri = uri;
        this.password = password;
        this.script = settings.script();
    }

    void onStart(@Observes @Priority(10) StartupEvent event) throws IOException, InterruptedException {
        if (!enabled || !LOOPBACK.contains(uri.getHost())) {
            return;
        }
        int port = uri.getPort() < 0 ? 7687 : uri.getPort();
        if (listening(port)) {
            LOG.infof("Using the Neo4j already listening on %s", uri);
            return;
        }
        if (!Files.isExecutable(script)) {
            LOG.warnf("No Neo4j on %s and no %s to start one from (working directory %s)", uri, script,
                    Path.of("").toAbsolutePath());
            return;
        }
        long start = System.nanoTime();
        var process = command("start", port).inheritIO().start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            LOG.errorf("%s start failed; see .neo4j/logs/console.log", script);
            return;
        }
        LOG.infof("Local Neo4j started in %d ms; Neo4j Browser at http://127.0.0.1:7474/browser/",
                (System.nanoTime() - start) / 1_000_000);
        // A JVM hook, not a ShutdownEvent observer: dev-mode live reload restarts the application, not the JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                command("stop", port).inheritIO().start().waitFor(40, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "local-neo4j-stop"));
    }

    private ProcessBuilder command(String action, int port) {
        var builder = new ProcessBuilder("bash", script.toString(), action);
        builder.environment().put("NEO4J_BOLT_PORT", Integer.toString(port));
        builder.environment().put("NEO4J_PASSWORD", password);
        return builder;
    }

    static boolean listening(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
