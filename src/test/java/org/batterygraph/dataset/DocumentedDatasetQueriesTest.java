package org.batterygraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.batterygraph.DocumentedAnswers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The queries of docs/queries.md's dataset sections run against the graph of README command 1's first start (the
 * seed and the vendored open datasets, the profile of DatasetsOnFirstStartTest: the same application start), and
 * return exactly the answers printed under them. Refresh them after a deliberate change:
 * ./mvnw verify -Dtest=DocumentedDatasetQueriesTest -Dqueries.update=true
 */
@QuarkusTest
@TestProfile(DatasetsOnFirstStartTest.FirstStart.class)
class DocumentedDatasetQueriesTest {

    @Test
    void everyDocumentedDatasetQueryReturnsItsDocumentedAnswer() throws IOException {
        assertThat(DocumentedAnswers.check(true)).as("dataset queries in %s", DocumentedAnswers.DOC).isGreaterThanOrEqualTo(3);
    }
}
