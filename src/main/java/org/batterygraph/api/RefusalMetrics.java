package org.batterygraph.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code battery_refusals_total{api, code}}: every error a client got, by its code (docs/errors.md) and the door
 * it came through ({@code graphql}, {@code cypher}). Counters are made once per pair and kept.
 */
@ApplicationScoped
public class RefusalMetrics {

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    RefusalMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(String api, String code) {
        counters.computeIfAbsent(api + ' ' + code, k -> Counter.builder("battery.refusals")
                .description("Errors answered to clients, by API and error code").tags("api", api, "code", code)
                .register(registry)).increment();
    }
}
