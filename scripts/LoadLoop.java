import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A simple, repeatable load: CLIENTS threads POST one GraphQL body to URL in a loop, WARMUP seconds unmeasured, then
 * SECONDS measured; prints requests per second and latency percentiles. Any answer that is not 200 without
 * "errors" counts as a failure (and is printed once). Run it with the JDK: java scripts/LoadLoop.java URL BODY CLIENTS WARMUP SECONDS
 */
public class LoadLoop {
    public static void main(String[] args) throws Exception {
        var url = URI.create(args[0]);
        var body = args[1];
        int clients = Integer.parseInt(args[2]);
        long warmup = Long.parseLong(args[3]);
        long seconds = Long.parseLong(args[4]);
        var http = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(url).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        var latencies = new ConcurrentLinkedQueue<long[]>();
        var failures = new java.util.concurrent.atomic.AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        var pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                var mine = new long[1 << 20];
                int n = 0;
                while (true) {
                    long t = System.nanoTime();
                    if (t >= end) {
                        break;
                    }
                    try {
                        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                            if (failures.getAndIncrement() == 0) {
                                System.err.println("failed answer: " + response.statusCode() + " " + response.body());
                            }
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    long done = System.nanoTime();
                    if (t >= measureFrom && n < mine.length) {
                        mine[n++] = done - t;
                    }
                }
                latencies.add(Arrays.copyOf(mine, n));
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(warmup + seconds + 60, TimeUnit.SECONDS);
        var all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%d clients, %d s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, %d failures%n", clients, seconds,
                all.length / (double) seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, failures.get());
    }
}
