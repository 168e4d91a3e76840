package org.batterygraph.neo4j;

import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;

import org.eclipse.microprofile.graphql.GraphQLApi;

/**
 * Every relationship field of the schema, by {@code Type.field}: the {@link Hop} constants of the {@code @GraphQLApi}
 * classes, found once at start. {@link Projection} reads it to turn a selection into one Cypher query.
 */
@ApplicationScoped
public class Hops {

    private final Map<String, Hop> byName = new TreeMap<>();

    Hops(BeanManager beans) throws IllegalAccessException {
        for (var bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            var type = bean.getBeanClass();
            if (!type.isAnnotationPresent(GraphQLApi.class)) {
                continue;
            }
            for (var field : type.getDeclaredFields()) {
                if (field.getType() == Hop.class && Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    var hop = (Hop) field.get(null);
                    var known = byName.putIfAbsent(hop.name(), hop);
                    if (known != null && !known.equals(hop)) {
                        throw new IllegalStateException("two hops for the field " + hop.name());
                    }
                }
            }
        }
    }

    /** The hop serving {@code type.field}, or null when that field is not a plain relationship field. */
    public Hop of(String type, String field) {
        return byName.get(type + "." + field);
    }

    /** All of them, by name. */
    public Map<String, Hop> all() {
        return Map.copyOf(byName);
    }
}
