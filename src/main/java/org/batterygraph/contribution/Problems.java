package org.batterygraph.contribution;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.RelationshipType;

/**
 * Collects everything wrong with a write before any Cypher runs, so the contributor learns all of it at once.
 * Existence of referenced ids is checked by the write statement itself, in the same transaction.
 */
final class Problems {

    static final int MAX_TEXT = 2_000;
    static final int MAX_NAME = 200;
    static final int MAX_ALIASES = 20;
    private static final Pattern ID_TAIL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern TICKER = Pattern.compile("[A-Z0-9.]{1,10}");

    private final List<String> found = new ArrayList<>();

    /** An id the write creates: the kind's prefix, then letters, digits, dot, underscore or dash. */
    Problems newId(String field, String id, NodeKind kind) {
        var prefix = kind.idPrefix() + ":";
        if (!id.startsWith(prefix) || !ID_TAIL.matcher(id.substring(prefix.length())).matches()) {
            found.add("%s: \"%s\" is not a valid id; expected %s followed by up to 100 letters, digits, '.', '_' or '-'"
                    .formatted(field, shorten(id), prefix));
        }
        return this;
    }

    /**
     * A property given for a relationship: the type must declare it, and when the model gives it a value set
     * (MEMBER_OF's role) the value must be one of it.
     */
    Problems property(String field, Object value, RelationshipType type, String name) {
        if (value == null) {
            return this;
        }
        var property = type.property(name);
        if (property == null) {
            found.add("%s: only %s carry a %s".formatted(field, Arrays.stream(RelationshipType.values())
                    .filter(t -> t.contributable() && t.property(name) != null).map(Enum::name)
                    .collect(Collectors.joining(" and ")), name));
        } else if (property.values() != null && !property.allowed().contains(value)) {
            found.add("%s: %s is not a %s role; expected one of %s".formatted(field, shorten(String.valueOf(value)),
                    type, property.allowed()));
        }
        return this;
    }

    /** An id the write refers to; whether it exists is the statement's check. */
    Problems reference(String field, String id) {
        if (id != null && (id.isBlank() || id.length() > MAX_NAME)) {
            found.add("%s: an id of 1 to %d characters is expected".formatted(field, MAX_NAME));
        }
        return this;
    }

    Problems text(String field, String value, int max, boolean required) {
        if (value == null ? required : value.isBlank() || value.length() > max) {
            found.add("%s: %s text of 1 to %d characters is expected".formatted(field, required ? "a" : "when given, a", max));
        }
        return this;
    }

    Problems url(String field, String value) {
        if (value != null && !isHttpUrl(value)) {
            found.add("%s: an http(s) address is expected".formatted(field));
        }
        return this;
    }

    Problems ticker(String field, String value) {
        if (value != null && !TICKER.matcher(value).matches()) {
            found.add("%s: 1 to 10 capital letters, digits or dots are expected".formatted(field));
        }
        return this;
    }

    Problems notFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now())) {
            found.add("%s: %s is in the future".formatted(field, date));
        }
        return this;
    }

    Problems ordered(String firstField, LocalDate first, String secondField, LocalDate second) {
        if (first != null && second != null && second.isBefore(first)) {
            found.add("%s: %s is before %s (%s)".formatted(secondField, second, firstField, first));
        }
        return this;
    }

    Problems range(String field, Number value, double min, double max) {
        if (value != null && !(value.doubleValue() >= min && value.doubleValue() <= max)) {
            found.add("%s: %s is out of range (%s to %s)".formatted(field, value, format(min), format(max)));
        }
        return this;
    }

    Problems require(boolean condition, String problem) {
        if (!condition) {
            found.add(problem);
        }
        return this;
    }

    Problems list(String field, List<String> values, int maxItems) {
        if (values != null) {
            if (values.size() > maxItems) {
                found.add("%s: at most %d items are allowed".formatted(field, maxItems));
            }
            for (int i = 0; i < Math.min(values.size(), maxItems); i++) {
                text(field + "[" + i + "]", values.get(i), MAX_NAME, true);
            }
        }
        return this;
    }

    /** Refuses the write with every problem found; nothing was read or written. */
    void throwIfAny() throws InvalidArgumentException {
        if (!found.isEmpty()) {
            throw new InvalidArgumentException(String.join("; ", found));
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            var uri = URI.create(value);
            return value.length() <= MAX_TEXT && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
