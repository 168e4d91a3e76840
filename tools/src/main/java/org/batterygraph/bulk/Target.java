package org.batterygraph.bulk;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/** What a file loads into: nodes of one label or relationships of one type. */
sealed interface Target permits NodeTarget, RelationshipTarget {

    /** Binds the file's header to this target's columns; throws {@link FileRejectedException} when it does not fit. */
    Header header(String[] names);

    /** The Cypher parameter for one row from its validated values. */
    Map<String, Object> parameter(long line, Map<String, Object> values);

    /** Writes one batch in the given transaction (one statement, all rows as the {@code $rows} parameter). */
    BatchOutcome write(TransactionContext tx, List<PendingRow> batch);

    /** "nodes" or "relationships", for the report. */
    String unit();
}
