package org.batterygraph.neo4j;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.batterygraph.api.DatabaseUnavailableException;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Fails requests fast while Neo4j is known to be down (readiness says so too, {@link GraphReadiness}). A request that meets an outage
 * marks Neo4j down; from then on requests are refused at once (DATABASE_UNAVAILABLE) instead of each waiting on a
 * database that is stopping. A probe ({@code RETURN 1}, bounded by its own timeout) runs every
 * {@code battery.neo4j.probe-interval} (0.25 s), and marks Neo4j up again as soon as it
 * answers: no restart of the application is needed.
 */
@ApplicationScoped
public class Neo4jAvailability {

    private static final Logger LOG = Logger.getLogger(Neo4jAvailability.class);

    private final Driver driver;
    private final SessionConfig probeSession;
    private final Counter outages;
    private final Duration probeInterval;
    private final Duration probeTimeout;
    /** Probes in a row that got no answer within the probe timeout before Neo4j counts as down. */
    static final int SLOW_PROBES_FOR_OUTAGE = 2;

    private volatile boolean down;
    private int slowProbes;
    private ScheduledExecutorService prober;

    Neo4jAvailability(Driver driver, Database database, MeterRegistry registry, Neo4jSettings.Server settings) {
        this.driver = driver;
        // the probe asks the database the API reads, not the server's default one
        this.probeSession = SessionConfig.builder().withDatabase(database.name()).build();
        this.probeInterval = settings.probeInterval();
        Gauge.builder("battery.neo4j.available", this, a -> a.isAvailable() ? 1 : 0)
                .description("1 while Neo4j answers the availability probe, 0 from the first request or probe that met an outage")
                .register(registry);
        this.outages = Counter.builder("battery.neo4j.outages").description("Times Neo4j was found unavailable").register(registry);
        this.probeTimeout = settings.probeTimeout();
    }

    void start(@Observes StartupEvent event) {
        prober = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "neo4j-availability-probe");
            thread.setDaemon(true);
            return thread;
        });
        prober.scheduleWithFixedDelay(this::probe, 0, probeInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        prober.shutdownNow();
    }

    /** Refuses at once while Neo4j is known to be down. */
    public void requireAvailable() {
        if (down) {
            throw new DatabaseUnavailableException(null);
        }
    }

    /** A request met an outage: refuse the following ones at once until the probe succeeds. */
    public void markDown(Throwable cause) {
        if (!down) {
            down = true;
            outages.increment();
            LOG.warnf("Neo4j is unavailable (%s); requests fail fast, probing every %d ms", cause, probeInterval.toMillis());
        }
    }

    /** False from the first request or probe that met an outage until a probe succeeds. */
    public boolean isAvailable() {
        return !down;
    }

    private void probe() {
        var session = driver.session(AsyncSession.class, probeSession);
        try {
            session.runAsync("RETURN 1").thenCompose(ResultCursor::consumeAsync).toCompletableFuture()
                    .get(probeTimeout.toMillis(), TimeUnit.MILLISECONDS);
            slowProbes = 0;
            if (down) {
                down = false;
                LOG.info("Neo4j answers again; requests are served");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            // Busy is not down: a server saturated by heavy queries can miss one probe's deadline (seen at a million
            // nodes, 4 clients of large aggregates). A server that misses it twice in a row (~1.5 s) is treated as down.
            if (++slowProbes >= SLOW_PROBES_FOR_OUTAGE) {
                markDown(e);
            }
        } catch (Exception e) {
            markDown(e.getCause() == null ? e : e.getCause());
        } finally {
            session.closeAsync();
        }
    }
}
