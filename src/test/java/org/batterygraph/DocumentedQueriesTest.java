package org.batterygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every query in docs/queries.md outside its dataset sections runs against the seed graph, and returns exactly the
 * answer printed under it (DocumentedAnswers; the dataset sections: dataset/DocumentedDatasetQueriesTest). After a
 * deliberate data or schema change, refresh the printed answers:
 * ./mvnw verify -Dtest=DocumentedQueriesTest -Dqueries.update=true
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class DocumentedQueriesTest {

    @Test
    void everyDocumentedQueryReturnsItsDocumentedAnswer() throws IOException {
        assertThat(DocumentedAnswers.check(false)).as("queries in %s", DocumentedAnswers.DOC).isGreaterThanOrEqualTo(5);
    }
}
