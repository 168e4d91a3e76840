package org.batterygraph.neo4j;

import java.util.List;

/**
 * Implemented by each feature that serves relationship fields: it lists its {@link Hop}s, and {@link Hops} collects
 * every source's at start.
 */
public interface HopSource {

    List<Hop> hops();
}
