package org.batterygraph.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

/**
 * For the packaged-application tests (*IT): a fresh, empty Neo4j (neo4j-harness, in the test JVM, on a fixed Bolt
 * port so that a test can stop and start it) and, unless the test's profile says {@code identity-provider=none},
 * an identity provider of its own: a key pair made here, its public key in a file and an issuer, passed to the
 * launched application as configuration exactly as an operator would (BATTERY_JWT_* as system properties).
 */
public class PackagedAppNeo4j implements QuarkusTestResourceLifecycleManager {

    static final String ISSUER = "https://idp.example.test/battery-graph";

    private static int port;
    private static Neo4j neo4j;
    private static KeyPair keys;

    private boolean identityProvider = true;

    @Override
    public void init(Map<String, String> initArgs) {
        identityProvider = !"none".equals(initArgs.get("identity-provider"));
    }

    @Override
    public synchronized Map<String, String> start() {
        port = freePort();
        startNeo4j();
        var config = new HashMap<String, String>();
        config.put("quarkus.neo4j.uri", "bolt://127.0.0.1:" + port);
        config.put("quarkus.neo4j.authentication.disabled", "true");
        // the packaged app's start is what these tests time and check; the open-dataset import on a first start
        // (15-20 s more on a loaded machine) is DatasetsOnFirstStartTest's
        config.put("battery.graph.datasets", "NEVER");
        if (identityProvider) {
            config.put("mp.jwt.verify.issuer", ISSUER);
            config.put("mp.jwt.verify.publickey.location", publicKeyFile().toString());
        }
        return config;
    }

    @Override
    public synchronized void stop() {
        stopNeo4j();
    }

    public static synchronized void startNeo4j() {
        if (neo4j == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                    .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port)).build();
        }
    }

    public static synchronized void stopNeo4j() {
        if (neo4j != null) {
            neo4j.close();
            neo4j = null;
        }
    }

    /** Nodes in the database, asked of Neo4j directly (not through the application). */
    static synchronized long nodes() {
        return neo4j.defaultDatabaseService().executeTransactionally("MATCH (n) RETURN count(n) AS n", Map.of(),
                r -> (Long) r.next().get("n"));
    }

    /** A token from this test's identity provider. */
    static String token(String user, String... roles) {
        return Jwt.issuer(ISSUER).upn(user).groups(Set.of(roles)).sign(keys.getPrivate());
    }

    private static Path publicKeyFile() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            var pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            var file = Files.createTempFile("battery-graph-it-", "-public-key.pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
