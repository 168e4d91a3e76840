package org.batterygraph.neo4j;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.LongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.batterygraph.api.DatabaseUnavailableException;
import org.batterygraph.api.QueryFailedException;
import org.batterygraph.api.QueryTimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.summary.ResultSummary;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;

/**
 * The one door to Neo4j for request-time reads and writes. Every statement is a named constant with {@code $parameters};
 * this class runs it in one round trip with the configured timeout, tags the transaction with the name (visible
 * in {@code SHOW TRANSACTIONS} and the query log). A mutation's few statements run in one transaction through
 * {@link #writeTransaction}, tagged, timed and traced under the transaction's name. Tests watch each round trip through {@link CypherWatch} (their bean
 * counts them and, for QueryProfilesTest, profiles each statement); the application has no watch.
 *
 * <p>Each statement is timed by name and outcome ({@code battery_cypher_seconds}, docs/operations.md) and, when
 * tracing is on, is one span named after it. Every statement runs in the configured database with the shared
 * bookmark manager ({@link Database}).
 */
@ApplicationScoped
public class Cypher {

    private static final Logger LOG = Logger.getLogger(Cypher.class);

    /**
     * A write that meets a transient conflict (deadlock, lock timeout) is tried this often in all. The driver's own
     * retries are off ({@code quarkus.neo4j.max-transaction-retry-time=0}): they would also retry an outage, for
     * seconds, where the API must fail fast.
     */
    static final int WRITE_ATTEMPTS = 5;

    /** Histogram buckets of statement times: a lookup takes about a millisecond, the timeout is seconds. */
    public static final Duration[] BUCKETS = { Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10) };

    private final Driver driver;
    private final Database database;
    private final MeterRegistry registry;
    private final Tracer tracer;
    private final boolean tracing;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Neo4jAvailability availability;
    private final Duration timeout;
    private final CypherWatch watch;

    Cypher(Driver driver, Database database, Neo4jAvailability availability, MeterRegistry registry, Tracer tracer,
            @ConfigProperty(name = "quarkus.otel.sdk.disabled") boolean tracingOff, Neo4jSettings.Queries settings,
            Instance<CypherWatch> watch) {
        this.driver = driver;
        this.database = database;
        this.registry = registry;
        this.tracer = tracer;
        // With the SDK off, Quarkus still hands out a recording SDK tracer (quarkusio/quarkus#43502): the span and its
        // context scope per statement took 1-2 % of a lookup's CPU (docs/performance.md, "Request path"); none is made.
        this.tracing = !tracingOff;
        this.availability = availability;
        this.timeout = settings.timeout();
        this.watch = watch.isResolvable() ? watch.get() : CypherWatch.NONE;
    }

    /** Runs a read-only statement in a READ session (a reader, in a cluster) and returns all its records. */
    public List<Record> read(Query query, Map<String, Object> parameters) {
        return run(query, parameters, RoutingControl.READ);
    }

    /**
     * Runs a statement that writes, in one transaction on the leader (routing WRITE): all of it or nothing. A
     * transient conflict (deadlock, lock timeout) is retried here, up to {@link #WRITE_ATTEMPTS} times.
     */
    public List<Record> write(Query query, Map<String, Object> parameters) {
        return run(query, parameters, RoutingControl.WRITE);
    }

    /**
     * Runs several statements of one write in ONE managed transaction on the leader: all of them or nothing. The
     * work gets the {@link Statements} to run them with (each statement is a round trip inside the transaction, and
     * small enough to plan fast and stay in the plan cache); what it returns is committed, an exception it throws
     * rolls everything back. A transient conflict retries the whole work, up to {@link #WRITE_ATTEMPTS} times, so
     * the work must depend on nothing but what its statements read. Timed and traced under {@code name}.
     */
    public <T> T writeTransaction(String name, Function<Statements, T> work) {
        return observed(name, start -> attemptTransaction(name, work));
    }

    /** The statements of one {@link #writeTransaction}: each runs in that transaction and returns all its records. */
    @FunctionalInterface
    public interface Statements {
        List<Record> run(Query query, Map<String, Object> parameters);
    }

    private <T> T attemptTransaction(String name, Function<Statements, T> work) {
        availability.requireAvailable();
        Map<String, Serializable> metadata = Map.of("query", name);
        var config = TransactionConfig.builder().withTimeout(timeout).withMetadata(metadata).build();
        for (int attempt = 1;; attempt++) {
            try (var session = driver.session(database.writeSession())) {
                return session.executeWrite(tx -> work.apply((query, parameters) -> {
                    watch.roundTrip(query);
                    var result = tx.run(watch.text(query), parameters);
                    var records = result.list();
                    watch.answered(query, result.consume());
                    return records;
                }), config);
            } catch (Neo4jException e) {
                if (isUnreachable(e)) {
                    availability.markDown(e);
                    throw new DatabaseUnavailableException(e);
                }
                if (!(e instanceof TransientException) || attempt >= WRITE_ATTEMPTS) {
                    throw failure(name, e);
                }
                LOG.debugf("%s: %s, attempt %d of %d", name, e.code(), attempt, WRITE_ATTEMPTS);
                pause(attempt);
            }
        }
    }

    private List<Record> run(Query query, Map<String, Object> parameters, RoutingControl routing) {
        return observed(query.name(), start -> attempt(query, parameters, routing, start));
    }

    /**
     * Runs one named unit of database work timed by outcome (ok, unavailable, timeout, error), in a client span when
     * tracing is on.
     */
    private <T> T observed(String name, LongFunction<T> work) {
        return tracing ? traced(name, work) : timed(name, work);
    }

    private <T> T timed(String name, LongFunction<T> work) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            var result = work.apply(start);
            outcome = "ok";
            return result;
        } catch (DatabaseUnavailableException e) {
            outcome = "unavailable";
            throw e;
        } catch (QueryTimeoutException e) {
            outcome = "timeout";
            throw e;
        } finally {
            timer(name, outcome).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private <T> T traced(String name, LongFunction<T> work) {
        var span = tracer.spanBuilder(name).setSpanKind(SpanKind.CLIENT).setAttribute("db.system", "neo4j")
                .setAttribute("db.namespace", database.name()).setAttribute("db.operation.name", name).startSpan();
        try (var scope = span.makeCurrent()) {
            return timed(name, work);
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e instanceof DatabaseUnavailableException ? "unavailable"
                    : e instanceof QueryTimeoutException ? "timeout" : "error");
            throw e;
        } finally {
            span.end();
        }
    }

    private Timer timer(String name, String outcome) {
        return timers.computeIfAbsent(name + ' ' + outcome, k -> Timer.builder("battery.cypher")
                .description("Cypher round trips by named statement and outcome (ok, unavailable, timeout, error)")
                .tags("statement", name, "outcome", outcome).serviceLevelObjectives(BUCKETS).register(registry));
    }

    private List<Record> attempt(Query query, Map<String, Object> parameters, RoutingControl routing, long start) {
        availability.requireAvailable();
        var text = watch.text(query);
        Map<String, Serializable> metadata = Map.of("query", query.name());
        Executed result;
        for (int attempt = 1;; attempt++) {
            watch.roundTrip(query);
            try {
                result = routing == RoutingControl.READ ? autoCommitRead(text, parameters, metadata)
                        : managedWrite(text, parameters, metadata);
                break;
            } catch (Neo4jException e) {
                if (isUnreachable(e)) {
                    availability.markDown(e);
                    throw new DatabaseUnavailableException(e);
                }
                if (!(e instanceof TransientException) || attempt >= WRITE_ATTEMPTS || routing != RoutingControl.WRITE) {
                    throw failure(query.name(), e);
                }
                LOG.debugf("%s: %s, attempt %d of %d", query.name(), e.code(), attempt, WRITE_ATTEMPTS);
                pause(attempt);
            }
        }
        var records = result.records();
        watch.answered(query, result.summary());
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s: %d records in %d ms", query.name(), records.size(), (System.nanoTime() - start) / 1_000_000);
        }
        return records;
    }

    /**
     * A read as an auto-commit transaction in a READ session: RUN and PULL in one network round trip, no COMMIT
     * after it. A managed transaction (BEGIN, RUN, PULL, COMMIT) took twice as long for a lookup by id
     * (docs/benchmarks.md), and a read has nothing to commit.
     */
    private Executed autoCommitRead(String text, Map<String, Object> parameters, Map<String, Serializable> metadata) {
        var config = TransactionConfig.builder().withTimeout(timeout).withMetadata(metadata).build();
        try (var session = driver.session(database.readSession())) {
            var result = session.run(new org.neo4j.driver.Query(text, parameters), config);
            var records = result.list();
            return new Executed(records, result.consume());
        }
    }

    /** A write in one managed transaction on the leader: all of it or nothing. */
    private Executed managedWrite(String text, Map<String, Object> parameters, Map<String, Serializable> metadata) {
        var config = database.query(RoutingControl.WRITE).withTimeout(timeout).withMetadata(metadata).build();
        EagerResult result = driver.executableQuery(text).withParameters(parameters).withConfig(config).execute();
        return new Executed(result.records(), result.summary());
    }

    private record Executed(List<Record> records, ResultSummary summary) {
    }

    /**
     * Neo4j cannot serve right now: unreachable, no connection within the acquisition timeout, or its database is
     * stopping or starting. An outage, not a conflict worth retrying.
     */
    public static boolean isUnreachable(Neo4jException e) {
        var code = e.code() == null ? "" : e.code();
        return e instanceof ServiceUnavailableException || e instanceof SessionExpiredException
                || e.getCause() instanceof TimeoutException
                || code.startsWith("Neo.TransientError.General.DatabaseUnavailable")
                || code.startsWith("Neo.TransientError.Database.DatabaseUnavailable");
    }

    /** Before another attempt at a write that lost a deadlock or lock race: short, growing, jittered. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException(e);
        }
    }

    /**
     * What a client is told about a failed statement: a timeout as such, anything else as an internal error
     * with a reference to the log line that holds the cause (the client never sees Neo4j's message).
     */
    private static RuntimeException failure(String name, Neo4jException e) {
        if (e.code() != null && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
            return new QueryTimeoutException();
        }
        var reference = UUID.randomUUID().toString();
        LOG.errorf(e, "%s failed (reference %s): %s", name, reference, e.getMessage());
        return new QueryFailedException(reference);
    }

    /** A named, parameterized Cypher statement. */
    public record Query(String name, String text) {
    }
}
