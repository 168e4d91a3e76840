package org.batterygraph.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as its records (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks), each with the
 * line it starts on. A UTF-8 byte-order mark is dropped, CR LF and LF both end a line. Small and dependency-free on
 * purpose: the API runs the dataset import at first start and carries no CSV library (docs/architecture.md).
 */
public final class CsvTable {

    /** One record: the line it starts on (1-based) and its cells, unquoted. */
    public record Row(long line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at {@code index}, or "" past the end of a short row. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        /** Its cells without their surrounding white space (a header's column names). */
        public List<String> stripped() {
            return cells.stream().map(String::strip).toList();
        }

        /** True when every cell is empty or blank (the trailing ",,,," lines of some files). */
        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private CsvTable() {
    }

    /** The finite number a cell holds, or the row is rejected: "{@code column}: '{@code text}' is not a number". */
    public static double decimal(String text, String column) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // rejected below
        }
        throw new RowRejected("%s: '%s' is not a number".formatted(column, text));
    }

    /** Every record of the stream, in order; a quote left open at the end of the file is an error naming its line. */
    public static List<Row> read(InputStream in, String fileName) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        var rows = new ArrayList<Row>();
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        long line = 1;
        long rowStart = 1;
        boolean quoted = false;
        boolean any = false;
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        for (; c != -1; c = reader.read()) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    if (cell.toString().isBlank()) {
                        cell.setLength(0);
                        quoted = true;
                    } else {
                        cell.append(ch);
                    }
                    any = true;
                }
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    any = true;
                }
                case '\r' -> {
                    // CR LF: the LF ends the record
                }
                case '\n' -> {
                    if (any || cell.length() > 0) {
                        cells.add(cell.toString());
                        rows.add(new Row(rowStart, cells));
                    }
                    cells = new ArrayList<>();
                    cell.setLength(0);
                    any = false;
                    line++;
                    rowStart = line;
                }
                default -> {
                    cell.append(ch);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new IOException(fileName + ": a quoted cell opened on line " + rowStart + " is never closed");
        }
        if (any || cell.length() > 0) {
            cells.add(cell.toString());
            rows.add(new Row(rowStart, cells));
        }
        return rows;
    }
}
