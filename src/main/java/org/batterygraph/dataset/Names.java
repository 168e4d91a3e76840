package org.batterygraph.dataset;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Company names for entity resolution: a dataset cell may name several companies ("Cummins, Daimler, PACCAR",
 * "Envision AESC US/BMW"; a parenthetical remark, "Ultium Cells (GM, LG Energy Solution)", stays with its name); a name compares by its normalized form: lower case, accents, punctuation, parenthetical
 * remarks and legal suffixes (Inc, LLC, Corp, Company, ...) removed, {@code &} read as "and".
 */
public final class Names {

    private static final Set<String> LEGAL = Set.of("inc", "llc", "ltd", "corp", "corporation", "co", "company",
            "limited", "plc", "lp", "holdings", "group", "sa", "ag", "gmbh", "us", "usa", "the");

    private Names() {
    }

    /**
     * The companies a cell names, each as written: split at commas and slashes outside parentheses (a legal suffix
     * after a comma stays with its name).
     */
    public static List<String> companies(String cell) {
        var parts = new ArrayList<String>();
        for (var piece : cell.split("[,/](?![^(]*\\))")) {
            var text = piece.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!parts.isEmpty() && normalized(text).isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + text);
            } else {
                parts.add(text);
            }
        }
        return parts;
    }

    /** The name without a parenthetical remark ("BlueOvalSK (JV of Ford and SK On)" is BlueOvalSK). */
    public static String display(String name) {
        return name.replaceAll("\\s*\\([^)]*\\)", "").strip();
    }

    public static String normalized(String name) {
        var plain = Normalizer.normalize(display(name), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
        return String.join(" ", Arrays.stream(plain.split(" ")).filter(t -> !t.isEmpty() && !LEGAL.contains(t)).toList());
    }

    public static String slug(String name) {
        return normalized(name).replace(' ', '-');
    }

    /** Shared words over all words of two normalized names (0..1). */
    public static double overlap(String a, String b) {
        var left = new HashSet<>(Arrays.asList(a.split(" ")));
        var right = new HashSet<>(Arrays.asList(b.split(" ")));
        var union = new HashSet<>(left);
        union.addAll(right);
        left.retainAll(right);
        return union.isEmpty() ? 0 : (double) left.size() / union.size();
    }
}
