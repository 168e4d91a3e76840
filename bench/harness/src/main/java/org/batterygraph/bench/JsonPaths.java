package org.batterygraph.bench;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A small path language over JSON answers: segments separated by dots; {@code name[]} flattens an array,
 * {@code name[N]} takes one element. A field ending in {@code #} is the size of the array it names.
 */
final class JsonPaths {

    private JsonPaths() {
    }

    static List<JsonNode> select(JsonNode root, String path) {
        List<JsonNode> current = List.of(root);
        for (String segment : path.split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            String index = bracket < 0 ? null : segment.substring(bracket + 1, segment.length() - 1);
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                JsonNode child = name.isEmpty() ? node : node.path(name);
                if (child.isMissingNode() || child.isNull()) {
                    continue;
                }
                if (index == null) {
                    next.add(child);
                } else if (index.isEmpty()) {
                    child.forEach(next::add);
                } else if (child.has(Integer.parseInt(index))) {
                    next.add(child.get(Integer.parseInt(index)));
                }
            }
            current = next;
        }
        return current;
    }

    /** The last value the path selects, as text; null when it selects nothing or JSON null. */
    static String last(JsonNode root, String path) {
        List<JsonNode> values = select(root, path);
        return values.isEmpty() ? null : text(values.get(values.size() - 1));
    }

    /** One field of a row, normalized so that 5, 5.0 and "5" compare equal across systems. */
    static String field(JsonNode row, String field) {
        if (field.endsWith("#")) {
            List<JsonNode> list = select(row, field.substring(0, field.length() - 1));
            return list.isEmpty() ? "0" : Integer.toString(list.get(0).size());
        }
        List<JsonNode> values = select(row, field);
        return values.isEmpty() ? "null" : String.valueOf(text(values.get(0)));
    }

    private static String text(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            double number = value.asDouble();
            return number == Math.rint(number) && !Double.isInfinite(number)
                    ? Long.toString((long) number) : Double.toString(number);
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
