package org.batterygraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The vocabulary of the graph exists once, in this package: no class outside it declares a label, a relationship
 * type or a list of a value set's values, and every label and relationship type that Cypher text names (in
 * src/main, the tools module's tools/src/main and cypher/) is one the model declares.
 */
class VocabularyOnceTest {

    private static final Path MAIN = Path.of("src/main/java");
    /** The tools module compiles the model from src/main/java and has its own classes (bulk import, generator). */
    private static final Path TOOLS = Path.of("tools/src/main/java");
    private static final Path MODEL = MAIN.resolve("org/batterygraph/model");
    private static final Pattern CYPHER = Pattern.compile("\\b(MATCH|MERGE|COLLECT|EXISTS|RETURN|CREATE)\\b|^\\(n\\)");
    private static final Pattern NODE_LABEL = Pattern.compile("\\(\\s*\\w*\\s*:\\s*([A-Z]\\w*)");
    private static final Pattern REL_TYPES = Pattern.compile("\\[\\s*\\w*\\s*:\\s*([A-Z_]+(?:\\s*\\|\\s*[A-Z_]+)*)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z/]*");

    static Set<String> labels() {
        var labels = new HashSet<>(Arrays.stream(NodeKind.values()).map(NodeKind::label).toList());
        labels.add(NodeKind.ENTITY);
        return labels;
    }

    /** Every value set of the model: the enums of this package that implement {@link Term}. */
    static List<Class<? extends Term>> valueSets() throws IOException {
        var sets = new ArrayList<Class<? extends Term>>();
        try (var files = Files.list(MODEL)) {
            for (var file : files.sorted().toList()) {
                var name = file.getFileName().toString().replace(".java", "");
                try {
                    var type = Class.forName("org.batterygraph.model." + name);
                    if (type.isEnum() && Term.class.isAssignableFrom(type)) {
                        sets.add(type.asSubclass(Term.class));
                    }
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return sets;
    }

    @Test
    void noClassOutsideTheModelDeclaresVocabulary() throws IOException {
        var labelsAndTypes = new HashSet<>(labels());
        labelsAndTypes.addAll(RelationshipType.names());
        var sets = valueSets();
        assertThat(sets).as("value sets found").hasSizeGreaterThan(10);
        var found = new TreeSet<String>();
        for (var file : javaFilesOutsideTheModel()) {
            var where = file.toString();
            var literals = Literals.of(Files.readString(file));
            for (var literal : literals) {
                if (labelsAndTypes.contains(literal.text())) {
                    found.add(where + ": declares \"" + literal.text() + "\"");
                }
                var words = WORD.matcher(literal.text()).results().map(m -> m.group()).collect(Collectors.toSet());
                for (var set : sets) {
                    var values = Term.stored(set);
                    var named = values.stream().filter(words::contains).toList();
                    if (values.size() >= 3 && named.size() >= 3) {
                        found.add(where + ": lists " + set.getSimpleName() + " values " + named);
                    }
                }
            }
            for (int i = 0; i + 1 < literals.size(); i++) {
                var a = literals.get(i);
                var b = literals.get(i + 1);
                if (!b.afterComma()) {
                    continue;
                }
                for (var set : sets) {
                    var values = Term.stored(set);
                    if (values.contains(a.text()) && values.contains(b.text())) {
                        found.add(where + ": lists " + set.getSimpleName() + " values " + a.text() + ", " + b.text());
                    }
                }
            }
        }
        assertThat(found).as("vocabulary declared outside org.batterygraph.model").isEmpty();
    }

    @Test
    void cypherNamesOnlyTheModelsLabelsAndTypes() throws IOException {
        var texts = new ArrayList<String>();
        for (var file : javaFilesOutsideTheModel()) {
            Literals.of(Files.readString(file)).stream().map(Literals.Literal::text)
                    .filter(t -> CYPHER.matcher(t).find()).forEach(texts::add);
        }
        try (var files = Files.walk(Path.of("cypher"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".cypher")).toList()) {
                texts.add(Files.readString(file).replaceAll("(?m)//.*$", ""));
            }
        }
        var usedLabels = new TreeSet<String>();
        var usedTypes = new TreeSet<String>();
        for (var withStrings : texts) {
            var text = withStrings.replaceAll("'(?:[^'\\\\]++|\\\\.)*+'", "''"); // labels in quoted text are not labels
            NODE_LABEL.matcher(text).results().forEach(m -> usedLabels.add(m.group(1)));
            REL_TYPES.matcher(text).results()
                    .forEach(m -> Arrays.stream(m.group(1).split("\\|")).map(String::strip).forEach(usedTypes::add));
        }
        assertThat(usedLabels).as("labels in Cypher").isNotEmpty().isSubsetOf(labels());
        assertThat(usedTypes).as("relationship types in Cypher").isNotEmpty().isSubsetOf(RelationshipType.names());
    }

    private static List<Path> javaFilesOutsideTheModel() throws IOException {
        var found = new ArrayList<Path>();
        for (var root : List.of(MAIN, TOOLS)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(MODEL)).sorted().forEach(found::add);
            }
        }
        assertThat(found).as("sources of the tools module").anyMatch(f -> f.startsWith(TOOLS));
        return found;
    }
}
