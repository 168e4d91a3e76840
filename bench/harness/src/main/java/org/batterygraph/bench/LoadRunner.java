package org.batterygraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code concurrency} clients each send the next operation as soon as the previous one
 * answered, cycling through the parameter rows, until {@code maxRequests} operations or {@code maxSeconds}.
 */
final class LoadRunner {

    /** Bounds of one phase: at most this many operations, or this long, whichever comes first. */
    record Bounds(int maxRequests, double maxSeconds) {
    }

    /** Latencies in milliseconds; rps counts answered operations (not errors) per second. */
    record Stats(int concurrency, long ok, long errors, double rps, double p50, double p99, String firstError) {
    }

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);

    private LoadRunner() {
    }

    static Stats measure(Operation operation, List<Map<String, Object>> rows, int concurrency, Bounds warmup, Bounds run)
            throws InterruptedException {
        if (warmup.maxRequests() > 0) {
            phase(operation, rows, concurrency, warmup);
        }
        return phase(operation, rows, concurrency, run);
    }

    private static Stats phase(Operation operation, List<Map<String, Object>> rows, int concurrency, Bounds bounds)
            throws InterruptedException {
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long deadline = start + (long) (bounds.maxSeconds() * 1e9);
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        List<Future<Histogram>> futures = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            Callable<Histogram> client = () -> {
                Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
                long n;
                while ((n = issued.getAndIncrement()) < bounds.maxRequests() && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        operation.run(rows.get((int) (n % rows.size())));
                        histogram.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - t0) / 1_000));
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, String.valueOf(e.getMessage()));
                    }
                }
                return histogram;
            };
            futures.add(clients.submit(client));
        }
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        for (Future<Histogram> future : futures) {
            try {
                all.add(future.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Stats(concurrency, all.getTotalCount(), errors.get(), all.getTotalCount() / seconds,
                all.getValueAtPercentile(50) / 1000.0, all.getValueAtPercentile(99) / 1000.0, firstError.get());
    }
}
