package org.batterygraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/schema.graphql is the published schema; it must be what the API serves at /graphql/schema.graphql.
 * After a deliberate schema change: ./mvnw verify -Dtest=PublishedSchemaTest -Dschema.update=true
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class PublishedSchemaTest {

    private static final Path PUBLISHED = Path.of("docs/schema.graphql");

    @Test
    void publishedSchemaIsTheServedSchema() throws IOException {
        var served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(PUBLISHED, served);
        }
        assertThat(PUBLISHED).exists();
        assertThat(Files.readString(PUBLISHED)).isEqualTo(served);
    }
}
