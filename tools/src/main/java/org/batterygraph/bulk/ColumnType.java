package org.batterygraph.bulk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** How a CSV cell becomes a Neo4j value. A cell that does not parse is a {@link RowRejectedException}. */
enum ColumnType {
    TEXT,
    /** A whole number (Neo4j INTEGER). */
    INTEGER,
    /** A decimal number (Neo4j FLOAT). */
    NUMBER,
    /** A number from 0 to 1, e.g. an ownership share. */
    SHARE,
    /** ISO date, yyyy-MM-dd (Neo4j DATE). */
    DATE,
    /** Values separated by {@code |} (Neo4j LIST<STRING>). */
    LIST,
    /** One of the column's allowed values. */
    TERM,
    /** {@code latitude;longitude} in degrees (Neo4j POINT, WGS-84). */
    POINT;

    Object parse(String column, String cell, List<String> allowed) {
        try {
            return switch (this) {
                case TEXT -> cell;
                case INTEGER -> Long.parseLong(cell);
                case NUMBER -> finite(Double.parseDouble(cell));
                case SHARE -> share(Double.parseDouble(cell));
                case DATE -> LocalDate.parse(cell);
                case LIST -> Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                case TERM -> oneOf(cell, allowed);
                case POINT -> point(cell);
            };
        } catch (NumberFormatException e) {
            throw new RowRejectedException("%s: '%s' is not %s".formatted(column, cell,
                    this == INTEGER ? "a whole number" : "a number"));
        } catch (DateTimeParseException e) {
            throw new RowRejectedException("%s: '%s' is not a date (yyyy-MM-dd)".formatted(column, cell));
        } catch (RowRejectedException e) {
            throw new RowRejectedException(column + ": " + e.getMessage());
        }
    }

    private static org.neo4j.driver.Value point(String cell) {
        var parts = cell.split(";");
        if (parts.length != 2) {
            throw new RowRejectedException("'%s' is not latitude;longitude".formatted(cell));
        }
        double latitude = finite(Double.parseDouble(parts[0].strip()));
        double longitude = finite(Double.parseDouble(parts[1].strip()));
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw new RowRejectedException("'%s' is not a place on the Earth".formatted(cell));
        }
        return org.neo4j.driver.Values.point(4326, longitude, latitude);
    }

    private static double finite(double value) {
        if (!Double.isFinite(value)) {
            throw new NumberFormatException();
        }
        return value;
    }

    private static double share(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new RowRejectedException("%s is not between 0 and 1".formatted(value));
        }
        return value;
    }

    private static String oneOf(String cell, List<String> allowed) {
        if (!allowed.contains(cell)) {
            throw new RowRejectedException("'%s' is not one of %s".formatted(cell, allowed));
        }
        return cell;
    }
}
