package org.batterygraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A cypher-shell style script: statements separated by {@code ;}. Splits on semicolons outside string literals,
 * backtick names and comments, so the files in cypher/ run unchanged here and with cypher-shell.
 */
public record CypherScript(String name, List<String> statements) {

    public CypherScript {
        statements = List.copyOf(statements);
    }

    public static CypherScript fromClasspath(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Cypher script " + path + " is not on the classpath");
            }
            return new CypherScript(path, split(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> split(String script) {
        var statements = new ArrayList<String>();
        var current = new StringBuilder();
        boolean code = false;
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            char next = i + 1 < script.length() ? script.charAt(i + 1) : 0;
            if (quote != 0) {
                current.append(c);
                if (c == '\\' && quote != '`') {
                    current.append(next);
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '/' && next == '/') {
                int end = script.indexOf('\n', i);
                i = (end < 0 ? script.length() : end) - 1;
            } else if (c == '/' && next == '*') {
                int end = script.indexOf("*/", i + 2);
                i = (end < 0 ? script.length() : end + 2) - 1;
            } else if (c == ';') {
                if (code) {
                    statements.add(current.toString().strip());
                }
                current.setLength(0);
                code = false;
            } else {
                if (c == '\'' || c == '"' || c == '`') {
                    quote = c;
                }
                code |= !Character.isWhitespace(c);
                current.append(c);
            }
        }
        if (code) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
