package org.batterygraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.batterygraph.TestWrites;
import org.batterygraph.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Reads and writes share the driver's bookmark manager and name the database, so that on a cluster a read right
 * after a write waits for it. A single server cannot lag behind itself; what it can show is that a read carries
 * the bookmarks the write left: a bookmark it cannot know makes the read fail, which a read without them would not.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class ReadAfterWriteTest {

    static final String UPSERT = """
            mutation ($e: EvidenceInput!) { upsertOrganization(evidence: $e,
              input: {id: "org:test-causal", name: "Causal Cells", orgType: Company}) { created } }""";
    static final Map<String, Object> EVIDENCE = Map.of("e", Map.of("sourceId", "source:test-causal",
            "newSource", Map.of("title", "Read after write", "kind", "Dataset"), "quote", "Causal Cells", "assertedOn", "2026-12-01"));
    static final String READ = "{ organization(id: \"org:test-causal\") { name } }";

    @Inject
    Database database;

    @Inject
    Driver driver;

    @AfterEach
    void removeTestWrites() {
        TestWrites.remove(driver);
    }

    @Test
    void everySessionNamesTheDatabaseAndSharesTheDriversBookmarkManager() {
        assertThat(database.name()).isEqualTo("neo4j");
        assertThat(database.readSession().database()).contains("neo4j");
        assertThat(database.writeSession().database()).contains("neo4j");
        assertThat(database.readSession().bookmarkManager()).containsSame(driver.executableQueryBookmarkManager());
        assertThat(database.writeSession().bookmarkManager()).containsSame(driver.executableQueryBookmarkManager());
        assertThat(database.query(org.neo4j.driver.RoutingControl.READ).build().bookmarkManager(driver.executableQueryBookmarkManager()))
                .containsSame(driver.executableQueryBookmarkManager());
    }

    @Test
    void aReadAfterAWriteCarriesTheWritesBookmarkAndSeesIt() {
        var before = database.bookmarks().getBookmarks();
        GraphQL.post(Tokens.of("test-editor", "editor"), UPSERT, EVIDENCE).statusCode(200)
                .body("errors", nullValue()).body("data.upsertOrganization.created", equalTo(true));
        var afterWrite = database.bookmarks().getBookmarks();
        assertThat(afterWrite).as("the write's bookmark").isNotEmpty().isNotEqualTo(before);
        GraphQL.post(READ).statusCode(200).body("errors", nullValue()).body("data.organization.name", equalTo("Causal Cells"));

        // A bookmark Neo4j cannot know: a read that sends the shared bookmarks is refused for it.
        var unknown = Bookmark.from("not-a-bookmark-of-this-database");
        database.bookmarks().updateBookmarks(Set.of(), Set.of(unknown));
        try {
            GraphQL.post(READ).statusCode(200).body("data.organization", nullValue())
                    .body("errors[0].extensions.code", equalTo("INTERNAL_ERROR"));
        } finally {
            database.bookmarks().updateBookmarks(Set.of(unknown), Set.of());
        }
        GraphQL.post(READ).statusCode(200).body("errors", nullValue()).body("data.organization.name", equalTo("Causal Cells"));
    }
}
