package org.batterygraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of the database layer (application.properties, "## Neo4j" and below); each default written once. */
public final class Neo4jSettings {

    private Neo4jSettings() {
    }

    /** Every Cypher statement of the API (neo4j/Cypher). */
    @ConfigMapping(prefix = "battery.query")
    public interface Queries {

        /** How long a statement may run before Neo4j stops it (QUERY_TIMEOUT): application.properties gives it. */
        Duration timeout();
    }

    /** Which database, and the availability probe (neo4j/Database, neo4j/Neo4jAvailability). */
    @ConfigMapping(prefix = "battery.neo4j")
    public interface Server {

        /** Every statement's database: application.properties gives it (env NEO4J_DATABASE, default neo4j). */
        String database();

        @WithDefault("0.25S")
        Duration probeInterval();

        /** A probe slower than this counts as a miss; two misses in a row are an outage. */
        @WithDefault("0.5S")
        Duration probeTimeout();
    }

    /** The schema and seed applied at start (neo4j/GraphInitializer). */
    @ConfigMapping(prefix = "battery.graph")
    public interface Graph {

        String schema();

        /** Loaded in this order. */
        List<String> seedFiles();

        @WithDefault("IF_EMPTY")
        GraphInitializer.SeedMode seedMode();

        /** Between attempts while Neo4j cannot be reached at start. */
        @WithDefault("5S")
        Duration retryInterval();

        /** How long start-up waits for the graph to be loaded before it goes on (0: it does not wait). */
        @WithDefault("0S")
        Duration startWait();

        /**
         * The open datasets (data/external/, org.batterygraph.dataset) at start: IF_EMPTY imports them when the graph
         * lacks one of their releases, ALWAYS at every start (a rerun changes nothing), NEVER not at all.
         */
        @WithDefault("IF_EMPTY")
        GraphInitializer.SeedMode datasets();

        /** Where the start-up import writes its entity resolution report (Markdown); none when unset. */
        java.util.Optional<Path> datasetReport();
    }

    /** The local development server (neo4j/LocalNeo4jServer), on in the dev profile. */
    @ConfigMapping(prefix = "battery.local-neo4j")
    public interface LocalServer {

        @WithDefault("false")
        boolean enabled();

        @WithDefault("neo4j/local.sh")
        Path script();
    }
}
