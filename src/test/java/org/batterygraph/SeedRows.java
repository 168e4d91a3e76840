package org.batterygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every row of one seed file under cypher/seed/, read as text by the test (a small parser of the map literals, not
 * Neo4j and not the API's Cypher): strings, numbers, {@code null}, {@code date('...')} (as its text) and nested maps.
 */
final class SeedRows {

    private final String text;
    private int at;

    private SeedRows(String text) {
        this.text = text;
    }

    /** The rows of {@code file} (e.g. "040-production-stats.cypher"): each line opening a map inside an UNWIND list. */
    static List<Map<String, Object>> of(String file) {
        String text;
        try {
            text = Files.readString(Path.of("cypher/seed/" + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var rows = new ArrayList<Map<String, Object>>();
        int lines = 0;
        for (var line : text.split("\n")) {
            if (line.startsWith("  {")) {
                lines++;
                var parser = new SeedRows(line.trim());
                rows.add(parser.map());
            }
        }
        if (rows.isEmpty() || rows.size() != lines) {
            throw new IllegalStateException("parsed %d of the %d rows of %s".formatted(rows.size(), lines, file));
        }
        return rows;
    }

    private Map<String, Object> map() {
        expect('{');
        var map = new LinkedHashMap<String, Object>();
        skip();
        while (text.charAt(at) != '}') {
            int colon = text.indexOf(':', at);
            var key = text.substring(at, colon).trim();
            at = colon + 1;
            skip();
            map.put(key, value());
            skip();
            if (text.charAt(at) == ',') {
                at++;
                skip();
            }
        }
        at++;
        return map;
    }

    private Object value() {
        char c = text.charAt(at);
        if (c == '{') {
            return map();
        }
        if (c == '\'') {
            return string();
        }
        if (c == '[') {
            at++;
            var list = new ArrayList<Object>();
            skip();
            while (text.charAt(at) != ']') {
                list.add(value());
                skip();
                if (text.charAt(at) == ',') {
                    at++;
                    skip();
                }
            }
            at++;
            return list;
        }
        if (text.startsWith("null", at)) {
            at += 4;
            return null;
        }
        if (text.startsWith("date(", at)) {
            at += 5;
            var value = string();
            expect(')');
            return value;
        }
        int start = at;
        while (at < text.length() && "-+.0123456789eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (start == at) {
            throw new IllegalStateException("cannot read a value at " + text.substring(start));
        }
        return Double.valueOf(text.substring(start, at));
    }

    private String string() {
        expect('\'');
        var out = new StringBuilder();
        while (text.charAt(at) != '\'') {
            if (text.charAt(at) == '\\') {
                at++;
            }
            out.append(text.charAt(at++));
        }
        at++;
        return out.toString();
    }

    private void expect(char c) {
        if (text.charAt(at) != c) {
            throw new IllegalStateException("expected " + c + " at " + text.substring(at));
        }
        at++;
    }

    private void skip() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
