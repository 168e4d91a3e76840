import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;

/**
 * A lookup by id three ways through the Java driver: executableQuery (a managed transaction: BEGIN, RUN+PULL,
 * COMMIT), the same with the API's timeout and metadata, and an auto-commit transaction in a READ session (RUN+PULL).
 * Why neo4j/Cypher reads in auto-commit transactions. Run against the bench Neo4j with a generated graph loaded:
 *
 *   java -cp "target/quarkus-app/lib/main/*" bench/micro/TransactionModes.java [bolt://127.0.0.1:7688] [password]
 */
public class TransactionModes {

    public static void main(String[] args) {
        var uri = args.length > 0 ? args[0] : "bolt://127.0.0.1:7688";
        var password = args.length > 1 ? args[1] : "bench-local";
        var statement = "MATCH (n:Facility {id: $id}) RETURN n.id AS id, n.name AS name";
        var config = QueryConfig.builder().withRouting(RoutingControl.READ).withTimeout(Duration.ofSeconds(10))
                .withMetadata(Map.of("query", "micro")).build();
        var names = List.of("executableQuery", "executableQuery + timeout/metadata", "auto-commit READ session");
        try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password))) {
            for (int round = 1; round <= 2; round++) { // round 1 warms the JIT and the page cache
                for (int mode = 0; mode < 3; mode++) {
                    long[] nanos = new long[3000];
                    for (int i = 0; i < nanos.length; i++) {
                        var parameters = Map.<String, Object>of("id", "facility:syn-" + (i * 7 % 20000));
                        long start = System.nanoTime();
                        switch (mode) {
                            case 0 -> driver.executableQuery(statement).withParameters(parameters).execute();
                            case 1 -> driver.executableQuery(statement).withParameters(parameters).withConfig(config).execute();
                            default -> {
                                try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
                                    session.run(statement, parameters).list();
                                }
                            }
                        }
                        nanos[i] = System.nanoTime() - start;
                    }
                    Arrays.sort(nanos);
                    System.out.printf("round %d  %-36s p50 %.2f ms  p90 %.2f ms%n", round, names.get(mode),
                            nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 9 / 10] / 1e6);
                }
            }
        }
    }
}
