package org.batterygraph.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/** The records of one CSV file (RFC 4180 quoting), each with the line it starts on; the first record is the header. */
final class CsvRecords implements AutoCloseable {

    record CsvRecord(long line, String[] cells) {
    }

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private final MappingIterator<String[]> iterator;

    CsvRecords(Path file) throws IOException {
        this.iterator = MAPPER.readerFor(String[].class).readValues(file.toFile());
    }

    /** The next record, or null at the end of the file. */
    CsvRecord next() {
        try {
            if (!iterator.hasNextValue()) {
                return null;
            }
            String[] cells = iterator.nextValue();
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i] == null ? "" : cells[i];
            }
            return new CsvRecord(iterator.getParser().currentTokenLocation().getLineNr(), cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line the parser has reached (for a record it could not read). */
    long line() {
        return iterator.getParser().currentLocation().getLineNr();
    }

    @Override
    public void close() throws IOException {
        iterator.close();
    }
}
