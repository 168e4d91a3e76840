package org.batterygraph.neo4j;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.batterygraph.api.DatabaseUnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The one door to Neo4j for request-time reads. Every statement is a named constant with {@code $parameters};
 * this class runs it in one round trip with the configured timeout, tags the transaction with the name (visible
 * in {@code SHOW TRANSACTIONS} and the query log) and counts round trips so tests can hold the batching promise.
 */
@ApplicationScoped
public class Cypher {

    private static final Logger LOG = Logger.getLogger(Cypher.class);

    private final Driver driver;
    private final Duration timeout;
    private final AtomicLong roundTrips = new AtomicLong();

    Cypher(Driver driver, @ConfigProperty(name = "battery.query.timeout", defaultValue = "PT10S") Duration timeout) {
        this.driver = driver;
        this.timeout = timeout;
    }

    /** Runs a read-only statement on a reader (routing READ) and returns all its records. */
    public List<Record> read(Query query, Map<String, Object> parameters) {
        roundTrips.incrementAndGet();
        long start = System.nanoTime();
        var config = QueryConfig.builder()
                .withRouting(RoutingControl.READ)
                .withTimeout(timeout)
                .withMetadata(Map.of("query", query.name()))
                .build();
        List<Record> records;
        try {
            records = driver.executableQuery(query.text()).withParameters(parameters).withConfig(config).execute().records();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new DatabaseUnavailableException(e);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s: %d records in %d ms", query.name(), records.size(), (System.nanoTime() - start) / 1_000_000);
        }
        return records;
    }

    /** Cypher round trips made through this class since start: a test reads it before and after a request. */
    public long roundTrips() {
        return roundTrips.get();
    }

    /** A named, parameterized Cypher statement. */
    public record Query(String name, String text) {
    }
}
