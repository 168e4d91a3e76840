package org.batterygraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.batterygraph.GraphQL;
import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With tracing on, each named Cypher statement is a client span inside the span of the HTTP request that ran it. */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class TracingTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // spans go to the in-memory exporter below (a CDI exporter, Quarkus' default), not to an OTLP endpoint
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.exporter.otlp.enabled", "false",
                    "quarkus.otel.bsp.schedule.delay", "PT0.05S");
        }
    }

    /** Spans as exported, for the test to read (only used while tracing is on). */
    static class Exporter {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter exporter;

    @Test
    void eachNamedStatementIsAClientSpanInsideItsRequest() throws InterruptedException {
        exporter.reset();
        GraphQL.post("{ facility(id: \"facility:koreplex\") { name operators { name } } }").statusCode(200)
                .body("data.facility.name", equalTo("KOREPlex"));
        var spans = await(Duration.ofSeconds(10));
        var statement = spans.stream().filter(s -> s.getName().equals("Facility.byId")).findFirst().orElseThrow();
        assertThat(statement.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(statement.getAttributes().get(AttributeKey.stringKey("db.system"))).isEqualTo("neo4j");
        assertThat(statement.getAttributes().get(AttributeKey.stringKey("db.namespace"))).isEqualTo("neo4j");
        assertThat(statement.getAttributes().get(AttributeKey.stringKey("db.operation.name"))).isEqualTo("Facility.byId");
        var request = spans.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        assertThat(statement.getTraceId()).isEqualTo(request.getTraceId());
        assertThat(statement.getParentSpanId()).as("the statement's parent is the request").isEqualTo(request.getSpanId());
    }

    private List<SpanData> await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var spans = exporter.getFinishedSpanItems();
            if (spans.stream().anyMatch(s -> s.getName().equals("Facility.byId")) && spans.stream().anyMatch(s -> s.getKind() == SpanKind.SERVER)) {
                return spans;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("spans not exported within " + timeout + ": " + exporter.getFinishedSpanItems());
    }
}
