package org.opendossier.store;

/** The case database or the originals folder could not do what was asked. */
public class StoreException extends Exception {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
