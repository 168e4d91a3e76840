package org.batterygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.batterygraph.dataset.DatasetsOnFirstStartTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The queries of docs/queries.md marked as answered from the open datasets run against README command 1's graph
 * (the seed, then the vendored datasets, imported on the first start: DatasetsOnFirstStartTest's profile and
 * Neo4j) and return exactly the answer printed under them. Refresh after a deliberate change:
 * ./mvnw verify -Dtest=DocumentedDatasetQueriesTest -Dqueries.update=true
 */
@QuarkusTest
@TestProfile(DatasetsOnFirstStartTest.FirstStart.class)
class DocumentedDatasetQueriesTest {

    @Test
    void everyDocumentedDatasetQueryReturnsItsDocumentedAnswer() throws IOException {
        assertThat(DocumentedQueries.check(true)).as("queries of %s marked %s", DocumentedQueries.DOC, DocumentedQueries.DATASETS)
                .isGreaterThanOrEqualTo(3);
    }
}
