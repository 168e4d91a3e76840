package org.batterygraph.analyst;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** POST /cypher: the time limit of one statement and the most rows it may ask for (application.properties). */
@ConfigMapping(prefix = "battery.cypher")
public interface CypherSettings {

    Duration timeout();

    int maxRows();
}
