package org.batterygraph.dataset.usgs;

import java.util.regex.Pattern;

import org.batterygraph.dataset.RowRejected;
import org.batterygraph.model.StatQualifier;

/**
 * One value cell of a USGS table, read as USGS prints it: a number (thousands separated by commas), or W (withheld),
 * NA (not available), "Included in World total.", or a bound ({@code >50}, {@code <25}, "Less than ½ unit": below
 * 0.5 of the table's unit). Only a number becomes a
 * {@code value}; the others are a qualifier (and a bound), never a number.
 */
record Cell(String reported, Double value, StatQualifier qualifier, Double bound) {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|\\.\\d+");
    private static final Pattern BOUND = Pattern.compile("([<>])\\s*(.+)");

    /** The cell, or null for an empty one (nothing reported: no statistic). */
    static Cell parse(String column, String raw) {
        var text = raw.replace('\u00a0', ' ').strip();
        if (text.isEmpty()) {
            return null;
        }
        switch (text) {
            case "W" -> {
                return new Cell(text, null, StatQualifier.Withheld, null);
            }
            case "NA" -> {
                return new Cell(text, null, StatQualifier.NotAvailable, null);
            }
            case "Included in World total.", "Included in World total" -> {
                return new Cell(text, null, StatQualifier.InWorldTotal, null);
            }
            case "Less than ½ unit" -> {
                // USGS's notation for a figure that rounds to zero in the table's unit
                return new Cell(text, null, StatQualifier.UpperBound, 0.5);
            }
            default -> {
                // falls through to numbers and bounds
            }
        }
        if (NUMBER.matcher(text).matches()) {
            return new Cell(text, number(text), null, null);
        }
        var bound = BOUND.matcher(text);
        if (bound.matches() && NUMBER.matcher(bound.group(2).strip()).matches()) {
            return new Cell(text, null, bound.group(1).equals(">") ? StatQualifier.LowerBound : StatQualifier.UpperBound,
                    number(bound.group(2).strip()));
        }
        throw new RowRejected("%s: '%s' is not a number, W, NA, a bound (>50) or 'Included in World total.'"
                .formatted(column, text));
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }
}
