package org.batterygraph.bulk;

/** A row that cannot be loaded; the message is the reason given in the report and in rejected.csv. */
class RowRejectedException extends RuntimeException {

    RowRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
