package org.batterygraph.api;

import io.smallrye.graphql.api.Context;
import jakarta.json.JsonString;

/** What the client selected under the current field, to skip work nobody asked for (e.g. a total count). */
public final class Selection {

    private Selection() {
    }

    public static boolean includes(Context context, String field) {
        return context.getSelectedFields().stream()
                .anyMatch(v -> v instanceof JsonString s && s.getString().equals(field));
    }
}
