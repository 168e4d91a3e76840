package org.batterygraph.bulk;

/** A file none of whose rows can be loaded (unknown label or type, a header that does not fit the layout). */
class FileRejectedException extends RuntimeException {

    FileRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
