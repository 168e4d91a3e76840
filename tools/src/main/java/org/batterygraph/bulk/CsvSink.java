package org.batterygraph.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One CSV file written row by row (RFC 4180 quoting where needed), counting its data rows; nothing kept in memory. */
final class CsvSink implements AutoCloseable {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    CsvSink(Path file, String... header) throws IOException {
        out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        writeLine(header);
    }

    /** One data row; a null cell is written empty. */
    void row(Object... cells) {
        rows++;
        writeLine(cells);
    }

    long rows() {
        return rows;
    }

    /** The cells as one CSV line, without the line end. */
    static String format(Object... cells) {
        var line = new StringBuilder();
        appendCells(line, cells);
        return line.toString();
    }

    private void writeLine(Object[] cells) {
        line.setLength(0);
        appendCells(line, cells);
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendCells(StringBuilder line, Object[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            if (cells[i] != null) {
                append(line, cells[i].toString());
            }
        }
    }

    private static void append(StringBuilder line, String cell) {
        boolean quote = false;
        for (int i = 0; i < cell.length() && !quote; i++) {
            char c = cell.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            line.append(cell);
            return;
        }
        line.append('"');
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
