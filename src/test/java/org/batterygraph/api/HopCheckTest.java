package org.batterygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;

import jakarta.inject.Inject;

import org.batterygraph.Neo4jTestResource;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.neo4j.Hops;
import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLSchema;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The start-up check of the registered hops against the built schema (api/HopCheck, run on StartupEvent). */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class HopCheckTest {

    @Inject
    Hops hops;

    @Inject
    GraphQLSchema schema;

    @Test
    void everyRegisteredHopNamesAFieldOfTheSchema() {
        assertThat(hops.all()).containsKeys("Facility.operators", "Organization.memberships", "Country.facilities");
        HopCheck.check(hops.all().values(), schema);
    }

    @Test
    void aHopNamingNoSchemaFieldFailsTheCheckWithItsName() {
        var withTypos = new ArrayList<>(hops.all().values());
        withTypos.add(new Hop("Facility.operatorz", "(n)<-[r:OPERATES]-(m:Organization)"));
        withTypos.add(new Hop("Factory.operators", "(n)<-[r:OPERATES]-(m:Organization)"));
        assertThatIllegalStateException().isThrownBy(() -> HopCheck.check(withTypos, schema))
                .withMessageStartingWith("hops naming no field of the GraphQL schema: [Facility.operatorz, Factory.operators]");
    }
}
