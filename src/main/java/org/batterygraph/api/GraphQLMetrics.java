package org.batterygraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.SelectionSet;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.execution.error.ErrorCodeExtensionProvider;

/**
 * {@code battery_graphql_request_seconds{field, type, outcome}}: each GraphQL request's time, counted under each of
 * its root fields with that field's outcome ({@code ok}, or the code of its first error), and
 * {@code battery_refusals_total{api="graphql", code}} for every error answered. A document refused before it runs
 * (too deep, invalid) counts under {@code field="none"}. Per request, not per data fetch: the hot path of the
 * fields below is untouched. Installed by {@link GraphQLBuildHooks}, after {@link DocumentGuard}.
 */
@ApplicationScoped
@Unremovable // looked up by GraphQLBuildHooks, not injected
public class GraphQLMetrics extends SimplePerformantInstrumentation {

    static final String NONE = "none";
    private static final ErrorCodeExtensionProvider CODES = new ErrorCodeExtensionProvider();

    private final MeterRegistry registry;
    private final RefusalMetrics refusals;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    GraphQLMetrics(MeterRegistry registry, RefusalMetrics refusals) {
        this.registry = registry;
        this.refusals = refusals;
    }

    /** One request: when it began, and its root fields (response key and field name) once its operation is known. */
    static final class Request implements InstrumentationState {
        final long start = System.nanoTime();
        String type = NONE;
        List<String[]> fields = List.of();
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Request();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        var context = parameters.getExecutionContext();
        var operation = context.getOperationDefinition();
        var request = (Request) state;
        request.type = operation.getOperation().name().toLowerCase(java.util.Locale.ROOT);
        var fields = new ArrayList<String[]>();
        collect(operation.getSelectionSet(), context, fields);
        request.fields = fields;
        return null;
    }

    private static void collect(SelectionSet selections, ExecutionContext context, List<String[]> into) {
        for (var selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                into.add(new String[] { field.getResultKey(), field.getName() });
            } else if (selection instanceof InlineFragment inline) {
                collect(inline.getSelectionSet(), context, into);
            } else if (selection instanceof FragmentSpread spread && context.getFragment(spread.getName()) != null) {
                collect(context.getFragment(spread.getName()).getSelectionSet(), context, into);
            }
        }
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        var request = (Request) state;
        long nanos = System.nanoTime() - request.start;
        var errors = result.getErrors();
        for (var error : errors) {
            refusals.count("graphql", code(error));
        }
        if (request.fields.isEmpty()) {
            timer(NONE, request.type, errors.isEmpty() ? "ok" : code(errors.get(0))).record(nanos, TimeUnit.NANOSECONDS);
        }
        for (var field : request.fields) {
            var outcome = "ok";
            for (var error : errors) {
                var path = error.getPath();
                if (path == null || path.isEmpty() || field[0].equals(path.get(0))) {
                    outcome = code(error);
                    break;
                }
            }
            timer(field[1], request.type, outcome).record(nanos, TimeUnit.NANOSECONDS);
        }
        return CompletableFuture.completedFuture(result);
    }

    /**
     * The code the client gets: SmallRye adds {@code extensions.code} of a failed data fetch after this runs, from
     * the exception, as {@link #CODES} does here; a graphql-java error (syntax, validation) has its type only.
     */
    private static String code(GraphQLError error) {
        var extensions = error.getExtensions();
        var code = extensions == null ? null : extensions.get("code");
        if (code != null) {
            return code.toString();
        }
        if (error instanceof ExceptionWhileDataFetching failed && failed.getException() != null) {
            return CODES.mapValueFrom(failed.getException()).toString().replace("\"", "");
        }
        return error.getErrorType() == null ? "error" : error.getErrorType().toString();
    }

    private Timer timer(String field, String type, String outcome) {
        return timers.computeIfAbsent(field + ' ' + type + ' ' + outcome, k -> Timer.builder("battery.graphql.request")
                .description("GraphQL requests by root field, operation type and outcome (ok or an error code)")
                .tags("field", field, "type", type, "outcome", outcome)
                .serviceLevelObjectives(org.batterygraph.neo4j.Cypher.BUCKETS).register(registry));
    }
}
