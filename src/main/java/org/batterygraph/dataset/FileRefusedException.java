package org.batterygraph.dataset;

/** A whole file refused before anything of it is written: its header is not the table its importer expects. */
public class FileRefusedException extends RuntimeException {

    public FileRefusedException(String message) {
        super(message);
    }
}
