import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Recovery under load (docs/operations.md): CLIENTS threads query the running API in a loop while Neo4j is stopped
 * and started again with neo4j/local.sh (its environment decides which server); prints how long after
 * `local.sh start` returned the first request succeeded and readiness was UP again, and the slowest failure.
 *   java scripts/RecoveryUnderLoad.java API_BASE_URL CLIENTS ROUNDS
 */
public class RecoveryUnderLoad {
    record Answer(long startMs, long endMs, boolean ok) {}

    static final long T0 = System.nanoTime();
    static long now() { return (System.nanoTime() - T0) / 1_000_000; }

    public static void main(String[] args) throws Exception {
        var base = args[0];
        int clients = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var query = HttpRequest.newBuilder(URI.create(base + "/graphql")).timeout(Duration.ofSeconds(10))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ organizations(first: 5) { nodes { id name } } }\"}")).build();
        var ready = HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).timeout(Duration.ofSeconds(5)).GET().build();
        var answers = new ConcurrentLinkedQueue<Answer>();
        var running = new AtomicBoolean(true);
        var pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> {
                while (running.get()) {
                    long s = now();
                    boolean ok;
                    try {
                        var r = http.send(query, HttpResponse.BodyHandlers.ofString());
                        ok = r.statusCode() == 200 && !r.body().contains("\"errors\"");
                    } catch (Exception e) {
                        ok = false;
                    }
                    answers.add(new Answer(s, now(), ok));
                }
                return null;
            });
        }
        var figures = new ArrayList<String>();
        Thread.sleep(5_000);
        for (int round = 1; round <= rounds; round++) {
            run("stop");
            Thread.sleep(2_000);
            run("start");
            long up = now();
            long firstOk = waitFor(() -> answers.stream().anyMatch(a -> a.startMs() >= up && a.ok()), answers, up);
            long readyAt;
            while (true) {
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) { readyAt = now(); break; }
                } catch (Exception e) { /* not yet */ }
                Thread.sleep(50);
            }
            var line = "round %d, %d clients: first success %d ms, readiness UP %d ms after local.sh start returned"
                    .formatted(round, clients, firstOk - up, readyAt - up);
            System.out.println(line);
            figures.add(line);
            Thread.sleep(5_000);
        }
        running.set(false);
        pool.shutdown();
    }

    interface Check { boolean ok(); }

    static long waitFor(Check check, ConcurrentLinkedQueue<Answer> answers, long since) throws InterruptedException {
        while (now() - since < 60_000) {
            if (check.ok()) {
                return answers.stream().filter(a -> a.startMs() >= since && a.ok()).mapToLong(Answer::endMs).min().orElseThrow();
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no success within 60 s");
    }

    static void run(String command) throws Exception {
        var process = new ProcessBuilder(List.of("neo4j/local.sh", command)).inheritIO().start();
        if (process.waitFor() != 0) throw new IllegalStateException("neo4j/local.sh " + command + " failed");
    }
}
