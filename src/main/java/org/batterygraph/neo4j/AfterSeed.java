package org.batterygraph.neo4j;

/**
 * What a start loads after the schema and the seed, before the graph is ready (GraphInitializer calls every bean of
 * this type): the open datasets (dataset/startup). A Neo4jException that says the database is unreachable makes
 * the start retry the whole initialization; the load must therefore be rerunnable (MERGE on stable ids).
 */
public interface AfterSeed {

    void load();
}
