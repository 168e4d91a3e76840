package org.batterygraph.model;

/**
 * The GraphQL descriptions of the fields every dated fact and every amount carries, written once: each date field
 * {@code x} of a node has {@code xPrecision} and {@code xBasis} beside it (a claim's {@code assertedOn} has
 * {@code assertedPrecision} and {@code assertedBasis}), and an amount a source gives as a range keeps its minimum
 * and maximum instead of a point value (docs/data.md, "Dates and ranges").
 */
public final class FieldNotes {

    public static final String PRECISION = """
            How much of the date beside it is known: Day, Month (the date is then the month's 1st) or Year \
            (1 January). Null when the date is.""";
    public static final String BASIS = """
            Whether the source states the date beside it (Stated) or the editors estimated it from what the source \
            says, e.g. its publication date (Estimated). Null when the date is.""";
    public static final String AMOUNT = "The amount in USD; null when the source gives a range (amountUsdMin to amountUsdMax) or none";
    public static final String AMOUNT_MIN = "The smallest amount in USD when the source gives a range; null for a single amount";
    public static final String AMOUNT_MAX = "The largest amount in USD when the source gives a range; null for a single amount";

    public static final String DISTANCE = """
            Kilometres from the centre of the list's `within` filter (great-circle, Neo4j's point.distance, rounded to \
            metres); null without a centre, and wherever the node is not reached through such a list.""";

    private FieldNotes() {
    }
}
