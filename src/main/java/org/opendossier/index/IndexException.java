package org.opendossier.index;

/** The search index could not be read or written. */
public class IndexException extends Exception {
    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
