package org.batterygraph.api;

import java.util.List;

import jakarta.json.JsonString;

import org.batterygraph.neo4j.Selected;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;

/**
 * What the client selected under the current field: to skip work nobody asked for (a total count), and, as
 * {@link Selected} fields, for neo4j/Projection to read a root field's nested selection in its one query.
 */
public final class Selection {

    private Selection() {
    }

    public static boolean includes(Context context, String field) {
        return context.getSelectedFields().stream()
                .anyMatch(v -> v instanceof JsonString s && s.getString().equals(field));
    }

    /**
     * The fields selected on the current field's result, or, with {@code under}, under that field of it (a page's
     * {@code nodes}, a hit's {@code node}). Empty outside a GraphQL request: then only id and name are read.
     */
    public static List<Selected> of(Context context, String under) {
        DataFetchingEnvironment environment;
        try {
            environment = context.unwrap(DataFetchingEnvironment.class);
        } catch (RuntimeException e) {
            return List.of();
        }
        if (environment == null) {
            return List.of();
        }
        var fields = environment.getSelectionSet().getImmediateFields();
        var chosen = under == null ? fields
                : fields.stream().filter(f -> f.getName().equals(under))
                        .flatMap(f -> f.getSelectionSet().getImmediateFields().stream()).toList();
        return chosen.stream().map(Selection::selected).toList();
    }

    private static Selected selected(SelectedField field) {
        return new Selected(field.getName(), java.util.Set.copyOf(field.getObjectTypeNames()),
                GraphQLTypeUtil.unwrapAll(field.getType()).getName(), !field.getArguments().isEmpty(),
                field.getSelectionSet().getImmediateFields().stream().map(Selection::selected).toList());
    }
}
