package org.batterygraph.neo4j;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.neo4j.driver.Value;

/** Null-safe reads of optional node properties (absent properties come back as Neo4j NULL). */
public final class Values {

    private Values() {
    }

    public static String string(Value node, String key) {
        var v = node.get(key);
        return v.isNull() ? null : v.asString();
    }

    public static Integer integer(Value node, String key) {
        var v = node.get(key);
        return v.isNull() ? null : v.asInt();
    }

    public static Double number(Value node, String key) {
        var v = node.get(key);
        return v.isNull() ? null : v.asDouble();
    }

    public static LocalDate date(Value node, String key) {
        var v = node.get(key);
        return v.isNull() ? null : v.asLocalDate();
    }

    public static OffsetDateTime dateTime(Value node, String key) {
        var v = node.get(key);
        return v.isNull() ? null : v.asOffsetDateTime();
    }

    public static List<String> strings(Value node, String key) {
        var v = node.get(key);
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }
}
