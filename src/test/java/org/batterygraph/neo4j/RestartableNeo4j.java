package org.batterygraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A real Neo4j (neo4j-harness) on a fixed Bolt port that a test can stop and start again, as an operator would
 * restart the database under a running application. Used only by the outage test, which runs without the shared
 * test database.
 */
public class RestartableNeo4j implements io.quarkus.test.common.QuarkusTestResourceLifecycleManager {

    private static final int PORT = freePort();
    private static Neo4j neo4j;

    @Override
    public Map<String, String> start() {
        startNeo4j();
        return Map.of("quarkus.neo4j.uri", "bolt://127.0.0.1:" + PORT, "quarkus.neo4j.authentication.disabled", "true");
    }

    @Override
    public void stop() {
        stopNeo4j();
    }

    public static synchronized void startNeo4j() {
        if (neo4j == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                    .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", PORT))
                    .build();
        }
    }

    public static synchronized void stopNeo4j() {
        if (neo4j != null) {
            neo4j.close();
            neo4j = null;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
