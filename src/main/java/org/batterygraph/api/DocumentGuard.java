package org.batterygraph.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.introspection.GoodFaithIntrospection.BadFaithIntrospectionError;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

/**
 * Refuses documents that are too deep or that expand to too many fields once their fragments are spread, before
 * graphql-java validates them: its overlapping-fields validation is exponential in that expansion (a fragment
 * bomb of ten spreads per level is 10^n fields), so a limit checked during or after validation comes too late.
 * The walk here is linear in the document, with fragment sizes memoized. Used instead of SmallRye's depth and
 * complexity instrumentations (not configured), and gives each refusal a code.
 *
 * <p>It goes first in the chain SmallRye built, which it keeps: that chain holds SmallRye's document cache, which
 * fills during validation. Replacing the chain (as this class did at first) left the cache empty, so every request
 * was parsed twice and validated again: a fifth of a lookup's CPU time (docs/benchmarks.md). A cached document
 * passed this guard when it was first validated.
 */
public class DocumentGuard extends SimplePerformantInstrumentation {

    private static final Pattern QUOTED = Pattern.compile("'(\\w+)'");

    /** The root fields of introspection: a document that selects only these reads the schema, never the graph. */
    private static final Set<String> INTROSPECTION_ROOTS = Set.of("__schema", "__type");

    private final Limits limits;
    private final Limits introspectionLimits;

    /**
     * How deep and how big a document may be. Introspection documents have limits of their own: GraphiQL's
     * introspection query (graphql-js {@code getIntrospectionQuery()}) nests 15 levels, its {@code ofType} chain
     * unrolled, yet reads only the schema. graphql-java's good-faith introspection check then refuses the
     * cyclic ones ({@code __Type.fields} below {@code __Type.fields}) whose answers would multiply.
     */
    record Limits(int maxDepth, long maxFields, long maxAliases, String of) {
    }

    DocumentGuard(Limits limits, Limits introspectionLimits) {
        this.limits = limits;
        this.introspectionLimits = introspectionLimits;
    }

    /**
     * A plain object, not a bean: built while SmallRye builds its GraphQL, also after a dev-mode live reload. The
     * limits are application.properties' (written there only).
     */
    static DocumentGuard fromConfig(Config config) {
        return new DocumentGuard(
                new Limits(config.getValue("battery.graphql.max-depth", Integer.class),
                        config.getValue("battery.graphql.max-fields", Long.class),
                        config.getValue("battery.graphql.max-aliases", Long.class), ""),
                new Limits(config.getValue("battery.graphql.introspection.max-depth", Integer.class),
                        config.getValue("battery.graphql.introspection.max-fields", Long.class),
                        config.getValue("battery.graphql.max-aliases", Long.class), " in an introspection document"));
    }

    /** Called by {@link GraphQLBuildHooks} with the builder, what it builds so far, and what goes right after this. */
    void install(GraphQL.Builder builder, GraphQL built, Instrumentation next) {
        var smallRyes = built.getInstrumentation();
        builder.instrumentation(new ChainedInstrumentation(List.of(this, next, smallRyes)));
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        var document = parameters.getDocument();
        var fragments = new HashMap<String, FragmentDefinition>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        var operations = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(o -> parameters.getOperation() == null || parameters.getOperation().equals(o.getName())).toList();
        var introspection = !operations.isEmpty() && operations.stream()
                .allMatch(o -> {
                    var seen = new boolean[1];
                    return introspectionOnly(o.getSelectionSet(), fragments, new HashSet<>(), seen) && seen[0];
                });
        var bound = introspection ? introspectionLimits : limits;
        var walk = new Walk(fragments, bound.maxFields());
        long fields = 0;
        long aliases = 0;
        for (var operation : operations) {
            var size = walk.size(operation.getSelectionSet(), 1, new HashSet<>());
            fields = Math.min(fields + size[0], bound.maxFields() + 1);
            aliases = Math.min(aliases + size[1], bound.maxFields() + 1);
        }
        if (walk.deepest > bound.maxDepth()) {
            throw refusal("QUERY_TOO_DEEP", "the document nests fields %d levels deep; at most %d are allowed%s"
                    .formatted(walk.deepest, bound.maxDepth(), bound.of()));
        }
        if (aliases > bound.maxAliases()) {
            // Every alias of a root or relationship field is its own Cypher query: aliases multiply database work.
            throw refusal("TOO_MANY_ALIASES", "the document uses more than %d aliases once its fragments are spread"
                    .formatted(bound.maxAliases()));
        }
        if (fields > bound.maxFields()) {
            throw refusal("QUERY_TOO_COMPLEX", "the document asks for more than %d fields once its fragments are spread%s; ask for less"
                    .formatted(bound.maxFields(), bound.of()));
        }
        return super.beginValidation(parameters, state);
    }

    /**
     * Whether the root fields of an operation, fragments spread, are {@code __schema} or {@code __type} (at least
     * one, {@code __typename} besides them allowed): true when no other root field is; {@code seen[0]} records that
     * one of them was found.
     */
    private static boolean introspectionOnly(SelectionSet set, Map<String, FragmentDefinition> fragments,
            Set<String> spread, boolean[] seen) {
        for (var selection : set.getSelections()) {
            boolean ok;
            if (selection instanceof Field field) {
                ok = INTROSPECTION_ROOTS.contains(field.getName()) || field.getName().equals("__typename");
                seen[0] |= INTROSPECTION_ROOTS.contains(field.getName());
            } else if (selection instanceof InlineFragment inline) {
                ok = introspectionOnly(inline.getSelectionSet(), fragments, spread, seen);
            } else if (selection instanceof FragmentSpread fragment) {
                var definition = fragments.get(fragment.getName());
                // a fragment already looked at passed (else this returned false); unknown ones are validation errors
                ok = definition != null && (!spread.add(fragment.getName())
                        || introspectionOnly(definition.getSelectionSet(), fragments, spread, seen));
            } else {
                ok = false;
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Gives graphql-java's validation errors a code, and names the allowed values where a value is not one of an
     * enum's (graphql-java names only the enum): {@code facilities(filter: {status: cancelled})} is refused with
     * the statuses there are. Its good-faith introspection refusal (cyclic introspection) gets QUERY_TOO_COMPLEX.
     */
    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty() || result.getErrors().stream()
                .noneMatch(e -> e.getErrorType() == ErrorType.ValidationError || e instanceof BadFaithIntrospectionError)) {
            return CompletableFuture.completedFuture(result);
        }
        var errors = result.getErrors().stream()
                .map(e -> e.getErrorType() == ErrorType.ValidationError ? coded(e, parameters.getSchema())
                        : e instanceof BadFaithIntrospectionError ? withCode(e, "QUERY_TOO_COMPLEX") : e)
                .toList();
        return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
    }

    private static GraphQLError withCode(GraphQLError error, String code) {
        return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                .errorType(error.getErrorType()).extensions(Map.of("code", code)).build();
    }

    private static GraphQLError coded(GraphQLError error, GraphQLSchema schema) {
        var message = new StringBuilder(error.getMessage());
        var enumName = QUOTED.matcher(error.getMessage()).results().map(m -> m.group(1))
                .filter(name -> schema.getType(name) instanceof GraphQLEnumType).findFirst();
        enumName.ifPresent(name -> message.append("; the values of ").append(name).append(" are ").append(
                ((GraphQLEnumType) schema.getType(name)).getValues().stream().map(v -> v.getName()).toList()));
        var extensions = new LinkedHashMap<String, Object>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", "GRAPHQL_VALIDATION_FAILED");
        return GraphqlErrorBuilder.newError().message(message.toString()).locations(error.getLocations())
                .path(error.getPath()).errorType(ErrorType.ValidationError).extensions(extensions).build();
    }

    private static AbortExecutionException refusal(String code, String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().message(message)
                .errorType(ErrorClassification.errorClassification("ExecutionAborted"))
                .extensions(Map.of("code", code)).build()));
    }

    /**
     * Counts fields and aliases with fragments expanded (saturating just above the limit, so a bomb stays cheap to
     * measure) and records the deepest field.
     */
    private final class Walk {
        private static final long[] NOTHING = { 0, 0 };
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, long[]> memo = new HashMap<>();
        private final long maxFields;
        private int deepest;

        Walk(Map<String, FragmentDefinition> fragments, long maxFields) {
            this.fragments = fragments;
            this.maxFields = maxFields;
        }

        /** {fields, aliases} of a selection set. */
        long[] size(SelectionSet set, int depth, Set<String> visiting) {
            if (set == null) {
                return NOTHING;
            }
            long fields = 0;
            long aliases = 0;
            for (var selection : set.getSelections()) {
                long[] add = NOTHING;
                if (selection instanceof Field field) {
                    deepest = Math.max(deepest, depth);
                    var inner = size(field.getSelectionSet(), depth + 1, visiting);
                    add = new long[] { 1 + inner[0], (field.getAlias() == null ? 0 : 1) + inner[1] };
                } else if (selection instanceof InlineFragment inline) {
                    add = size(inline.getSelectionSet(), depth, visiting);
                } else if (selection instanceof FragmentSpread spread) {
                    add = fragment(spread.getName(), depth, visiting);
                }
                fields = Math.min(fields + add[0], maxFields + 1);
                aliases = Math.min(aliases + add[1], maxFields + 1);
            }
            return new long[] { fields, aliases };
        }

        /** Memoized per fragment: its {fields, aliases}, and its own depth added to the depth it is spread at. */
        private long[] fragment(String name, int depth, Set<String> visiting) {
            var known = memo.get(name);
            if (known != null) {
                deepest = Math.max(deepest, depth - 1 + (int) known[2]);
                return known;
            }
            var definition = fragments.get(name);
            if (definition == null || !visiting.add(name)) {
                return NOTHING; // unknown and circular fragments are graphql-java's validation errors
            }
            int outer = deepest;
            deepest = 0;
            var size = size(definition.getSelectionSet(), 1, visiting);
            int ownDepth = deepest;
            deepest = Math.max(outer, depth - 1 + ownDepth);
            visiting.remove(name);
            var result = new long[] { size[0], size[1], ownDepth };
            memo.put(name, result);
            return result;
        }
    }
}
