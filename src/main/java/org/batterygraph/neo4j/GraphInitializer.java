package org.batterygraph.neo4j;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Applies cypher/schema.cypher (idempotent) at every start and loads the seed knowledge graph, in one write
 * transaction, when the database has none yet. When Neo4j is not reachable at start the application still
 * starts (readiness stays DOWN) and initialization is retried until it succeeds.
 */
@ApplicationScoped
public class GraphInitializer {

    private static final Logger LOG = Logger.getLogger(GraphInitializer.class);

    public enum SeedMode { IF_EMPTY, ALWAYS, NEVER }

    private final Driver driver;
    private final Database database;
    private final String schemaPath;
    private final List<String> seedPaths;
    private final SeedMode seedMode;
    private final jakarta.enterprise.inject.Instance<AfterSeed> afterSeed;
    private final Duration retryInterval;
    private final Duration startWait;
    private final String uri;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "graph-initializer");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean ready;
    /** Start-up load progress, for /q/metrics: seed statements in the files and applied so far, what they created. */
    private final AtomicInteger seedStatements = new AtomicInteger();
    private final AtomicInteger seedApplied = new AtomicInteger();
    private final AtomicLong seedNodes = new AtomicLong();
    private final AtomicLong seedRelationships = new AtomicLong();

    GraphInitializer(Driver driver, Database database, Neo4jSettings.Graph settings,
            @ConfigProperty(name = "quarkus.neo4j.uri") String uri, MeterRegistry registry,
            jakarta.enterprise.inject.Instance<AfterSeed> afterSeed) {
        this.driver = driver;
        this.database = database;
        this.schemaPath = settings.schema();
        this.seedPaths = settings.seedFiles();
        this.seedMode = settings.seedMode();
        this.afterSeed = afterSeed;
        this.retryInterval = settings.retryInterval();
        this.startWait = settings.startWait();
        this.uri = uri;
        Gauge.builder("battery.graph.loaded", this, i -> i.isReady() ? 1 : 0)
                .description("1 once the schema is applied and the knowledge graph is loaded (readiness needs it)").register(registry);
        Gauge.builder("battery.graph.seed.statements", seedStatements, AtomicInteger::get)
                .description("Statements in the seed files of the start-up load (0 when no seed is loaded)").register(registry);
        Gauge.builder("battery.graph.seed.applied", seedApplied, AtomicInteger::get)
                .description("Seed statements applied so far in the start-up load's transaction").register(registry);
        Gauge.builder("battery.graph.seed.created", seedNodes, AtomicLong::get).tag("kind", "nodes")
                .description("Nodes and relationships the committed start-up load created").register(registry);
        Gauge.builder("battery.graph.seed.created", seedRelationships, AtomicLong::get).tag("kind", "relationships")
                .description("Nodes and relationships the committed start-up load created").register(registry);
    }

    // Runs after LocalNeo4jServer (priority 10) has started a local server, if any.
    void onStart(@Observes @Priority(20) StartupEvent event) {
        // battery.graph.start-wait (tests: a harness slow to answer on a loaded machine) holds the start until the
        // graph is ready or the wait is over; then, as by default, the application starts and retries behind it.
        long deadline = System.nanoTime() + startWait.toNanos();
        boolean initialized = tryInitialize();
        while (!initialized && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            initialized = tryInitialize();
        }
        if (!initialized) {
            retries.scheduleWithFixedDelay(() -> {
                if (tryInitialize()) {
                    retries.shutdown();
                }
            }, retryInterval.toMillis(), retryInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        retries.shutdownNow();
    }

    /** True once the schema is applied and the seed graph is present. */
    public boolean isReady() {
        return ready;
    }

    private synchronized boolean tryInitialize() {
        if (ready) {
            return true;
        }
        try {
            initialize();
            ready = true;
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.infof("Knowledge graph ready, API answering %d ms after JVM start", sinceJvmStart);
            return true;
        } catch (Neo4jException e) {
            if (!Cypher.isUnreachable(e)) {
                throw e;
            }
            LOG.warnf("Neo4j at %s is not reachable (%s); readiness is DOWN, retrying every %d s",
                    uri, e.getMessage(), retryInterval.toSeconds());
            return false;
        }
    }

    private void initialize() {
        long start = System.nanoTime();
        var schema = CypherScript.fromClasspath(schemaPath);
        try (var session = driver.session(database.writeSession())) {
            // Schema commands cannot share a transaction with each other or with data writes.
            schema.statements().forEach(statement -> session.run(statement).consume());
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        LOG.infof("Schema applied: %d statements from %s in %d ms", schema.statements().size(), schemaPath,
                (System.nanoTime() - start) / 1_000_000);
        if (seedMode == SeedMode.NEVER || (seedMode == SeedMode.IF_EMPTY && hasSources())) {
            LOG.infof("Seed skipped (seed-mode %s): the database already holds the knowledge graph", seedMode);
        } else {
            seed();
        }
        // what else a first start loads after the seed (dataset/startup: the open datasets), in the same attempt
        afterSeed.forEach(AfterSeed::load);
        refreshStatistics();
    }

    /**
     * Resamples the indexes a load left outdated and clears the plan cache, waiting for both: index samples settle
     * in the background a while after a load, and until then the planner sees indexes emptier than they are; with
     * every plan costing next to nothing it picks among them by chance (an in-order scan of an id index instead of
     * its seek: QueryProfilesTest caught several). A user without the admin privilege the procedure needs (or a
     * server without it) gets a warning, and plans settle as Neo4j resamples on its own.
     */
    private void refreshStatistics() {
        long start = System.nanoTime();
        try (var session = driver.session(database.writeSession())) {
            session.run("CALL db.prepareForReplanning(300)").consume();
            LOG.infof("Index statistics refreshed and query plans cleared in %d ms", (System.nanoTime() - start) / 1_000_000);
        } catch (ClientException e) {
            LOG.warnf("Index statistics not refreshed after the load (%s): until Neo4j resamples the indexes on its own, "
                    + "a query may be planned from outdated statistics", e.getMessage());
        }
    }

    private boolean hasSources() {
        return driver.executableQuery("MATCH (s:Source) RETURN count(s) > 0 AS seeded")
                .withConfig(database.query(RoutingControl.READ).build()).execute()
                .records().get(0).get("seeded").asBoolean();
    }

    private void seed() {
        long start = System.nanoTime();
        var scripts = seedPaths.stream().map(CypherScript::fromClasspath).toList();
        seedStatements.set(scripts.stream().mapToInt(s -> s.statements().size()).sum());
        try (var session = driver.session(database.writeSession())) {
            var counters = session.executeWrite(tx -> {
                seedApplied.set(0);
                int nodes = 0;
                int relationships = 0;
                for (var script : scripts) {
                    for (var statement : script.statements()) {
                        var summary = tx.run(statement).consume().counters();
                        nodes += summary.nodesCreated();
                        relationships += summary.relationshipsCreated();
                        seedApplied.incrementAndGet();
                    }
                }
                return new int[] { nodes, relationships };
            });
            seedNodes.set(counters[0]);
            seedRelationships.set(counters[1]);
            LOG.infof("Seed loaded from %d files in one transaction: %d nodes and %d relationships created in %d ms",
                    scripts.size(), counters[0], counters[1], (System.nanoTime() - start) / 1_000_000);
        }
    }
}
