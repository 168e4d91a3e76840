package org.batterygraph.model;

import java.util.ArrayList;
import java.util.List;

/** The string literals of a Java source (plain and text blocks), skipping comments and char literals. */
final class Literals {

    /** A literal's text (escapes left as written) and whether only a comma and blanks separate it from the one before. */
    record Literal(String text, boolean afterComma) {
    }

    private Literals() {
    }

    static List<Literal> of(String source) {
        var literals = new ArrayList<Literal>();
        int i = 0;
        int lastEnd = -1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
                i = i < 0 ? source.length() : i;
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (c == '\'') {
                i = source.charAt(i + 1) == '\\' ? source.indexOf('\'', i + 3) + 1 : i + 3;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                literals.add(new Literal(source.substring(i + 3, end), separatedByComma(source, lastEnd, i)));
                i = end + 3;
                lastEnd = i;
            } else if (c == '"') {
                int end = i + 1;
                while (source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                literals.add(new Literal(source.substring(i + 1, end), separatedByComma(source, lastEnd, i)));
                i = end + 1;
                lastEnd = i;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static boolean separatedByComma(String source, int lastEnd, int start) {
        return lastEnd >= 0 && source.substring(lastEnd, start).strip().equals(",");
    }
}
