package org.batterygraph.analyst;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** POST /cypher: the time limit of one statement and the most rows it may ask for; each default here, once. */
@ConfigMapping(prefix = "battery.cypher")
public interface CypherSettings {

    @WithDefault("5S")
    Duration timeout();

    @WithDefault("1000")
    int maxRows();
}
