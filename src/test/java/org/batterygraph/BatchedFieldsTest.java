package org.batterygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.junit.jupiter.api.Test;

/**
 * SmallRye batches every alias of a {@code @Source List<...>} field into one call made with the first alias's
 * arguments, so a batched field with arguments answers wrongly for `a: f(x: 1) b: f(x: 2)`. Batched fields must
 * take their parent list only; filtered views are root fields.
 */
class BatchedFieldsTest {

    @Test
    void batchedSourceFieldsTakeNoArguments() throws IOException {
        var root = Path.of("target/classes");
        List<Class<?>> apis;
        try (Stream<Path> files = Files.walk(root)) {
            apis = files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(BatchedFieldsTest::load)
                    .filter(c -> c.isAnnotationPresent(GraphQLApi.class))
                    .toList();
        }
        var batched = apis.stream().flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(BatchedFieldsTest::batched).toList();
        // A scan that finds nothing (classes moved, renamed, not compiled) must not pass as "no offenders".
        assertThat(apis).as("@GraphQLApi classes under %s", root).hasSizeGreaterThanOrEqualTo(10);
        assertThat(batched).as("batched @Source List fields").hasSizeGreaterThanOrEqualTo(10);
        var offenders = batched.stream().filter(m -> m.getParameterCount() > 1)
                .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName()).toList();
        assertThat(offenders).isEmpty();
    }

    private static boolean batched(Method method) {
        return method.getParameterCount() > 0 && method.getParameters()[0].isAnnotationPresent(Source.class)
                && List.class.isAssignableFrom(method.getParameterTypes()[0]);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, BatchedFieldsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
